import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { brandQueries } from '@/api/brands';

/** Names of the scope's brands as far as their list is loaded, by id (for "Linked to Rosso"). */
export function useBrandNames(org: string | undefined): ReadonlyMap<string, string> {
  const query = useInfiniteQuery(brandQueries.infinite({ org }));
  return useMemo(
    () => new Map((query.data?.pages ?? []).flatMap((page) => page.data.map((brand) => [brand.id, brand.name] as const))),
    [query.data],
  );
}
