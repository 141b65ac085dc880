import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { apiPaths, Asset, AssetList, withQuery, type AssetType } from '@contract';
import { apiFetch } from './client';

export interface AssetFilters {
  org?: string;
  type?: AssetType;
  brand_id?: string;
  unassigned?: boolean;
}

const ASSET_PAGE_SIZE = 20;
/**
 * Pages kept per list. A refocus or an invalidation refetches every held page one after the
 * other, so without a cap a user who scrolled through 2,000 assets would trigger 100 requests.
 */
export const ASSET_MAX_PAGES = 5;

/**
 * A page's cursor. The API only pages forwards (`after`), so each param remembers the one
 * before it: when maxPages has dropped earlier pages, scrolling back up can fetch them again.
 * `offset` is how many items precede the page, which positions the held window in the grid.
 */
export interface AssetPageParam {
  after?: string;
  offset: number;
  prev: AssetPageParam | null;
}

export const FIRST_ASSET_PAGE: AssetPageParam = { offset: 0, prev: null };

export function assetListPath(filters: AssetFilters, after: string | undefined): string {
  return withQuery(apiPaths.assets.list, {
    limit: ASSET_PAGE_SIZE,
    after,
    org_id: filters.org,
    type: filters.type,
    brand_id: filters.brand_id,
    // The API refuses brand_id together with unassigned=true; a brand filter wins.
    unassigned: filters.unassigned && !filters.brand_id ? 'true' : undefined,
  });
}

/** How a list of assets pages, whatever it keeps: forward by `after`, back through each param's `prev`. */
function paging(filters: AssetFilters) {
  return {
    queryFn: ({ signal, pageParam }: { signal: AbortSignal; pageParam: AssetPageParam }) =>
      apiFetch(assetListPath(filters, pageParam.after), { schema: AssetList, signal }),
    initialPageParam: FIRST_ASSET_PAGE,
    getNextPageParam: (last: AssetList, _pages: AssetList[], lastParam: AssetPageParam): AssetPageParam | undefined => {
      const tail = last.data.at(-1);
      if (!last.has_more || !tail) return undefined;
      return { after: tail.id, offset: lastParam.offset + last.data.length, prev: lastParam };
    },
    getPreviousPageParam: (_first: AssetList, _pages: AssetList[], firstParam: AssetPageParam) =>
      firstParam.prev ?? undefined,
  };
}

export const assetQueries = {
  all: () => ['assets'] as const,
  infinites: () => [...assetQueries.all(), 'infinite'] as const,
  /** A window over the list (the library's virtual grid): at most ASSET_MAX_PAGES pages held. */
  infinite: (filters: AssetFilters) =>
    infiniteQueryOptions({
      queryKey: [...assetQueries.infinites(), filters] as const,
      ...paging(filters),
      maxPages: ASSET_MAX_PAGES,
    }),
  /**
   * The whole list as far as it has been loaded, every page kept: a plain list (a brand's lanes)
   * is not a window, so pages dropped at its top would vanish from it. Under the same prefix,
   * with the filters at the same place, so every cache write that reaches lists reaches it.
   * An invalidation refetches each page it holds.
   */
  whole: (filters: AssetFilters) =>
    infiniteQueryOptions({ queryKey: [...assetQueries.infinites(), filters, 'whole'] as const, ...paging(filters) }),
  details: () => [...assetQueries.all(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...assetQueries.details(), id] as const,
      queryFn: ({ signal }) => apiFetch(apiPaths.assets.detail(id), { schema: Asset, signal }),
    }),
};

/**
 * Walks every page of a filter ("Select all matching", the library's search), reporting the
 * running count and each page. Starts after `after` when given (a search resumes where the
 * loaded pages end). Bounded by `maxItems` so a runaway list cannot keep the tab busy forever.
 */
export async function walkAssets(
  filters: AssetFilters,
  {
    signal,
    onProgress,
    after: start,
    maxItems = 20_000,
  }: { signal?: AbortSignal; onProgress?: (count: number, page: Asset[]) => void; after?: string; maxItems?: number },
): Promise<Asset[]> {
  const found: Asset[] = [];
  let after = start;
  while (found.length < maxItems) {
    const page = await apiFetch(assetListPath(filters, after), { schema: AssetList, signal });
    found.push(...page.data);
    onProgress?.(found.length, page.data);
    const tail = page.data.at(-1);
    if (!page.has_more || !tail) break;
    after = tail.id;
  }
  return found;
}
