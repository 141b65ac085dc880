import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { apiPaths, Brand, BrandList, withQuery } from '@contract';
import { apiFetch } from './client';

/** `org` undefined means the personal scope. */
interface BrandScope {
  org?: string;
}

const BRAND_PAGE_SIZE = 20;

/** One page of a scope's brands; the server render asks for the first one with the same URL. */
export const brandPageUrl = (org: string | undefined, after?: string) =>
  withQuery(apiPaths.brands.list, { limit: BRAND_PAGE_SIZE, after, org_id: org });

/** Every brand query key comes from here, general to specific, so prefixes reach what they should. */
export const brandQueries = {
  all: () => ['brands'] as const,
  lists: () => [...brandQueries.all(), 'list'] as const,
  infinites: () => [...brandQueries.all(), 'infinite'] as const,
  infinite: ({ org }: BrandScope) =>
    infiniteQueryOptions({
      queryKey: [...brandQueries.infinites(), { org }] as const,
      queryFn: ({ signal, pageParam }) => apiFetch(brandPageUrl(org, pageParam), { schema: BrandList, signal }),
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
