import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { Brand } from '@contract';
import { brandQueries } from '@/api/brands';

/** Brand pages walked to count usage: 10 pages of 20. Beyond that counts say they are partial. */
const MAX_PAGES = 10;

export interface ThemeUsage {
  /** The brands of the scope that use the theme, among those counted. */
  brandsOf: (themeId: string) => Brand[];
  /** Every brand of the scope was counted; false: counts cover `counted` brands only. */
  complete: boolean;
  counted: number;
  /** Still reading brand pages (first page or the walk). */
  loading: boolean;
  failed: boolean;
}

/**
 * Which brands use which theme, from the scope's brand list (the API has no usage count). The
 * list is the brand list's own infinite query, walked up to MAX_PAGES, so the brand grid and
 * this count share their pages.
 */
export function useThemeUsage(org: string | undefined): ThemeUsage {
  const query = useInfiniteQuery(brandQueries.infinite({ org }));
  const pageCount = query.data?.pages.length ?? 0;
  const canWalk = query.hasNextPage && !query.isFetchingNextPage && !query.isFetchNextPageError && pageCount < MAX_PAGES;
  const { fetchNextPage } = query;
  useEffect(() => {
    if (canWalk) void fetchNextPage();
  }, [canWalk, pageCount, fetchNextPage]);

  const byTheme = useMemo(() => {
    const map = new Map<string, Brand[]>();
    for (const page of query.data?.pages ?? []) {
      for (const brand of page.data) {
        if (!brand.theme_id) continue;
        map.set(brand.theme_id, [...(map.get(brand.theme_id) ?? []), brand]);
      }
    }
    return map;
  }, [query.data]);

  const counted = query.data?.pages.reduce((sum, page) => sum + page.data.length, 0) ?? 0;
  return {
    brandsOf: (themeId) => byTheme.get(themeId) ?? [],
    complete: query.isSuccess && !query.hasNextPage,
    counted,
    loading: query.isPending || canWalk || query.isFetchingNextPage,
    failed: query.isError && !query.data,
  };
}

/** "Used by 2 brands", or with a partial count, what was counted. */
export function usageLabel(usage: ThemeUsage, themeId: string): string {
  if (usage.failed) return 'Brand usage unknown (brands could not be loaded)';
  if (usage.loading && usage.counted === 0) return 'Counting brands…';
  const n = usage.brandsOf(themeId).length;
  const brands = `${n} ${n === 1 ? 'brand' : 'brands'}`;
  if (usage.complete) return n === 0 ? 'Not used by any brand' : `Used by ${brands}`;
  return `Used by ${brands} among the ${usage.counted} loaded brands`;
}
