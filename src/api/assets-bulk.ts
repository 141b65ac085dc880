import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Asset, AssetUpdate } from '@contract';
import { findCachedAsset, invalidateAssetLists, removeCachedAssets } from './assets-cache';
import { saveAsset } from './assets-mutations';

interface AssetCache {
  find(id: string): Asset | undefined;
  /** One PATCH, shown at once and rolled back if it fails (see saveAsset). */
  save(id: string, patch: AssetUpdate, signal?: AbortSignal): Promise<Asset>;
  remove(ids: Iterable<string>): void;
  invalidate(options?: { brands?: boolean }): Promise<void>;
}

/** The cache effects of bulk work, bound to the app's query client. */
export function useAssetCache(): AssetCache {
  const client = useQueryClient();
  return useMemo(
    () => ({
      find: (id) => findCachedAsset(client, id),
      save: (id, patch, signal) => saveAsset(client, id, patch, signal),
      remove: (ids) => removeCachedAssets(client, ids),
      invalidate: (options) => invalidateAssetLists(client, options),
    }),
    [client],
  );
}
