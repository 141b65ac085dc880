import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { assetQueries, usePendingAssetDeletes, type AssetFilters, type AssetPageParam } from '@/api/assets';
import type { Asset } from '@contract';

/**
 * The library's list: the held pages flattened, without assets waiting out a delete's undo
 * window. `offset` is how many assets precede the first held page (maxPages drops old pages),
 * so `offset + i` is an asset's position in the whole list.
 */
export function useAssetList(filters: AssetFilters) {
  const hidden = usePendingAssetDeletes();
  // A filter change keeps the previous grid on screen until the new one arrives (no flash, no shift).
  const query = useInfiniteQuery({ ...assetQueries.infinite(filters), placeholderData: keepPreviousData });
  const { data } = query;
  const { items, offset } = useMemo(() => {
    if (!data) return { items: [] as Asset[], offset: 0 };
    const seen = new Set<string>();
    const items: Asset[] = [];
    for (const page of data.pages) {
      for (const asset of page.data) {
        // An asset created or deleted between two page fetches can shift a page boundary.
        if (seen.has(asset.id) || hidden.has(asset.id)) continue;
        seen.add(asset.id);
        items.push(asset);
      }
    }
    return { items, offset: (data.pageParams[0] as AssetPageParam | undefined)?.offset ?? 0 };
  }, [data, hidden]);
  return { query, items, offset };
}

export type AssetListState = ReturnType<typeof useAssetList>;

/** What the grid draws from: the list itself, or the search's matches (one static page). */
export interface GridSource {
  items: readonly Asset[];
  offset: number;
  query: Pick<
    AssetListState['query'],
    | 'hasNextPage'
    | 'hasPreviousPage'
    | 'isFetching'
    | 'fetchNextPage'
    | 'fetchPreviousPage'
    | 'isFetchNextPageError'
    | 'isPlaceholderData'
  >;
}

/** The search's matches as a grid source: everything is in hand, nothing more to fetch. */
export function staticSource(items: readonly Asset[], isPlaceholderData: boolean): GridSource {
  const none = () => Promise.reject(new Error('A static list has no more pages.'));
  return {
    items,
    offset: 0,
    query: {
      hasNextPage: false,
      hasPreviousPage: false,
      isFetching: false,
      isFetchNextPageError: false,
      isPlaceholderData,
      fetchNextPage: none,
      fetchPreviousPage: none,
    },
  };
}
