import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { apiPaths, Theme, ThemeList, withQuery } from '@contract';
import { apiFetch } from './client';

/** Every theme query key comes from here, general to specific, so prefixes reach what they should. */
export const themeQueries = {
  all: () => ['themes'] as const,
  lists: () => [...themeQueries.all(), 'list'] as const,
  infinites: () => [...themeQueries.all(), 'infinite'] as const,
  details: () => [...themeQueries.all(), 'detail'] as const,
  /** Every theme of a scope (system and custom), walked page by page: pickers search the whole set. */
  list: ({ org }: { org?: string }) =>
    queryOptions({
      queryKey: [...themeQueries.lists(), { org }] as const,
      queryFn: async ({ signal }) => {
        const themes: Theme[] = [];
        let after: string | undefined;
        // Bounded: 50 pages of 20 is far beyond any real theme count.
        for (let i = 0; i < 50; i++) {
          const page = await apiFetch(withQuery(apiPaths.themes.list, { limit: 20, after, org_id: org }), {
            schema: ThemeList,
            signal,
          });
          themes.push(...page.data);
          if (!page.has_more || page.data.length === 0) break;
          after = page.data.at(-1)!.id;
        }
        return themes;
      },
      staleTime: 60_000,
    }),
  infinite: ({ org }: { org?: string }) =>
    infiniteQueryOptions({
      queryKey: [...themeQueries.infinites(), { org }] as const,
      queryFn: ({ signal, pageParam }) =>
        apiFetch(withQuery(apiPaths.themes.list, { limit: 20, after: pageParam, org_id: org }), {
          schema: ThemeList,
          signal,
        }),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => (last.has_more ? last.data.at(-1)?.id : undefined),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...themeQueries.details(), id] as const,
      queryFn: ({ signal }) => apiFetch(apiPaths.themes.detail(id), { schema: Theme, signal }),
    }),
};
