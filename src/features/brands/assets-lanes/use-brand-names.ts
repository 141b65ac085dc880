import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { brandQueries } from '@/api/brands';
import { useBrandNameIndex } from '@/lib/use-brand-name-index';

/** Names of the scope's brands as far as their list is loaded, by id (for "Linked to Rosso"). */
export function useBrandNames(org: string | undefined): ReadonlyMap<string, string> {
  const query = useInfiniteQuery(brandQueries.infinite({ org }));
  const brands = useMemo(() => query.data?.pages.flatMap((page) => page.data) ?? [], [query.data]);
  return useBrandNameIndex(brands).names;
}
