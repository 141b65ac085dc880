import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { assetQueries, type AssetFilters, type AssetPages } from '@/api/assets';

const SEPARATOR = '\u0000';

/**
 * Tags already in use, for autocomplete: read from the asset lists this tab has loaded for the
 * scope. The API has no tag index, and walking every page for suggestions would cost far more
 * than it gives.
 */
export function useKnownTags(org: string | undefined): string[] {
  const client = useQueryClient();
  const subscribe = useCallback((onChange: () => void) => client.getQueryCache().subscribe(onChange), [client]);
  const read = useCallback(() => {
    const tags = new Set<string>();
    for (const query of client.getQueryCache().findAll({ queryKey: assetQueries.infinites() })) {
      const filters = query.queryKey[2] as AssetFilters | undefined;
      if ((filters?.org ?? undefined) !== org) continue;
      const data = query.state.data as AssetPages | undefined;
      for (const page of data?.pages ?? []) for (const asset of page.data) for (const tag of asset.tags) tags.add(tag);
    }
    // A string snapshot: equal text means no re-render, however often the cache notifies.
    return [...tags].sort((a, b) => a.localeCompare(b)).join(SEPARATOR);
  }, [client, org]);
  const joined = useSyncExternalStore(subscribe, read, read);
  return useMemo(() => (joined ? joined.split(SEPARATOR) : []), [joined]);
}
