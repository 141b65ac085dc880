import { useCallback, useEffect, useMemo } from 'react';
import type { AssetFilters } from '@/api/assets';
import type { Asset } from '@contract';
import type { AssetListState } from '../grid/use-asset-list';
import { useAssetWalk } from '../use-asset-walk';
import { matchesSearch, searchedAssets, searchTerms } from './asset-search';
import type { SearchProgress } from './search-words';

/**
 * The library's search. The API has none, so it filters the loaded pages at once and, when
 * asked, walks the pages after them (the same walk as "Select all matching"), keeping what it
 * read: a new query searches everything read so far without asking the server again.
 */
export function useLibrarySearch(query: string, filters: AssetFilters, list: AssetListState) {
  const terms = useMemo(() => searchTerms(query), [query]);
  const active = terms.length > 0;
  const { walk, start, stop } = useAssetWalk(filters);
  const { items: loaded, offset } = list;
  const { data, hasNextPage } = list.query;

  // Clearing the search stops a walk in flight: nobody is looking at its results any more.
  useEffect(() => {
    if (!active) stop();
  }, [active, stop]);

  const searched = useMemo(() => searchedAssets(loaded, walk?.assets ?? []), [loaded, walk?.assets]);
  const matches = useMemo(
    () => (active ? searched.filter((asset) => matchesSearch(asset, terms)) : []),
    [active, searched, terms],
  );

  const allLoaded = Boolean(data) && offset === 0 && !hasNextPage;
  const progress: SearchProgress = {
    matches: matches.length,
    searched: searched.length,
    complete: allLoaded || walk?.status === 'done',
    walk: walk?.status ?? null,
  };

  const searchFurther = useCallback(() => {
    const read = walk?.assets ?? [];
    if (read.length > 0) start({ after: read.at(-1)!.id, keep: read });
    // Pages dropped from the top of the list were searched once but are no longer held: start over.
    else start({ after: offset === 0 ? loaded.at(-1)?.id : undefined });
  }, [walk?.assets, start, offset, loaded]);

  const shown: readonly Asset[] = active ? matches : loaded;
  return { active, terms, matches, shown, progress, searchFurther, stop };
}

export type LibrarySearch = ReturnType<typeof useLibrarySearch>;
