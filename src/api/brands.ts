import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { apiPaths, Brand, BrandList, withQuery } from '@contract';
import { apiFetch } from './client';

/** `org` undefined means the personal scope. */
export interface BrandScope {
  org?: string;
}

export const BRAND_PAGE_SIZE = 20;

export const brandQueries = {
  all: () => ['brands'] as const,
  lists: () => [...brandQueries.all(), 'list'] as const,
  infinite: ({ org }: BrandScope) =>
    infiniteQueryOptions({
      queryKey: [...brandQueries.all(), 'infinite', { org }] as const,
      queryFn: ({ signal, pageParam }) =>
        apiFetch(withQuery(apiPaths.brands.list, { limit: BRAND_PAGE_SIZE, after: pageParam, org_id: org }), {
          schema: BrandList,
          signal,
        }),
      initialPageParam: undefined as string | undefined,
      // The API returns no cursor: the next page starts after the last id received.
      getNextPageParam: (last) => (last.has_more ? last.data.at(-1)?.id : undefined),
    }),
  details: () => [...brandQueries.all(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...brandQueries.details(), id] as const,
      queryFn: ({ signal }) => apiFetch(apiPaths.brands.detail(id), { schema: Brand, signal }),
    }),
};
