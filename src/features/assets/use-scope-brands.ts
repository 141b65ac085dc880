import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { brandQueries } from '@/api/brands';
import type { Brand } from '@contract';
import { useBrandNameIndex, type BrandChoice } from '@/lib/use-brand-name-index';

/** What a brand picker needs. Kept while names stay: a move changes brands' embedded assets only. */
export interface BrandChoices {
  brands: readonly BrandChoice[];
  isPending: boolean;
  isError: boolean;
  refetch: () => unknown;
}

/**
 * Every brand of a scope, for names on cards and for pickers that search the whole set. The
 * list pages through the API; brands are few, so all pages are loaded one after another.
 */
export function useScopeBrands(org: string | undefined) {
  const query = useInfiniteQuery(brandQueries.infinite({ org }));
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage({ cancelRefetch: false });
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage]);

  const brands = useMemo<Brand[]>(() => query.data?.pages.flatMap((p) => p.data) ?? [], [query.data]);
  const { names, choices: choiceList } = useBrandNameIndex(brands);
  const isPending = query.isPending || Boolean(hasNextPage);
  const { refetch } = query;
  // Memoised, so the filter bar and the add dialog skip a drop's render (B4).
  const choices = useMemo<BrandChoices>(
    () => ({ brands: choiceList, isPending, isError, refetch }),
    [choiceList, isPending, isError, refetch],
  );
  return { brands, names, choices, isPending, isError, error: query.error, refetch };
}
