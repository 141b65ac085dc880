import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { apiPaths, Asset, AssetList, withQuery, type AssetType } from '@contract';
import { apiFetch } from './client';

export interface AssetFilters {
  org?: string;
  type?: AssetType;
  brand_id?: string;
  unassigned?: boolean;
}

export const ASSET_PAGE_SIZE = 20;

export const assetQueries = {
  all: () => ['assets'] as const,
  infinites: () => [...assetQueries.all(), 'infinite'] as const,
  infinite: (filters: AssetFilters) =>
    infiniteQueryOptions({
      queryKey: [...assetQueries.infinites(), filters] as const,
      queryFn: ({ signal, pageParam }) =>
        apiFetch(
          withQuery(apiPaths.assets.list, {
            limit: ASSET_PAGE_SIZE,
            after: pageParam,
            org_id: filters.org,
            type: filters.type,
            brand_id: filters.brand_id,
            unassigned: filters.unassigned ? 'true' : undefined,
          }),
          { schema: AssetList, signal },
        ),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => (last.has_more ? last.data.at(-1)?.id : undefined),
    }),
  details: () => [...assetQueries.all(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...assetQueries.details(), id] as const,
      queryFn: ({ signal }) => apiFetch(apiPaths.assets.detail(id), { schema: Asset, signal }),
    }),
};
