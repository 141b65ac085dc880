import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { brandQueries } from '@/api/brands';

/** Names of the scope's brands as far as their list is loaded, by id (for "Linked to Rosso"). */
export function useBrandNames(org: string | undefined): ReadonlyMap<string, string> {
  const query = useInfiniteQuery(brandQueries.infinite({ org }));
  const pairs = (query.data?.pages ?? []).flatMap((page) => page.data.map((brand) => [brand.id, brand.name] as const));
  // Keyed on the names alone: a move changes brands' embedded assets, and a new map would
  // re-render every card of the lanes for nothing.
  const key = pairs.map(([id, name]) => `${id}\u0000${name}`).join('\u0001');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => new Map(pairs), [key]);
}
