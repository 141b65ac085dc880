import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { apiPaths } from '@contract';
import { invalidateAssetLists, removeCachedAssets } from './assets-cache';
import { DeferredDeletes, usePendingDeletes, type ScheduleOptions } from './deferred-delete';
import { mutationScope } from './write-policy';

export type { DeleteOutcome } from './deferred-delete';

/** Long enough to read the toast and reach Undo (at least 5 s). */
export const DELETE_UNDO_MS = 6_000;

/**
 * Asset deletes on the shared delayed-commit engine (deferred-delete.ts): they wait out their
 * window there rather than in the cache, so a refetch during the window cannot bring a hidden
 * asset back, and Undo only has to forget the ids.
 */
const assetDeletes = new DeferredDeletes({
  path: apiPaths.assets.detail,
  scope: mutationScope.asset,
  undoMs: DELETE_UNDO_MS,
  forget: removeCachedAssets,
  // Brands embed their linked assets.
  refresh: (client) => invalidateAssetLists(client, { brands: true }),
});

/** Ids whose delete is scheduled or in flight; views leave them out. */
export function usePendingAssetDeletes(): ReadonlySet<string> {
  return usePendingDeletes(assetDeletes);
}

export function hasPendingAssetDeletes(): boolean {
  return assetDeletes.hasPending();
}

/**
 * Hides the assets at once and deletes them when the undo window closes. The returned `undo`
 * cancels while the window is open and reports whether it was still in time.
 */
export function useDeferredAssetDelete() {
  const client = useQueryClient();
  return useCallback(
    (ids: string[], options: ScheduleOptions = {}) => assetDeletes.schedule(client, ids, options),
    [client],
  );
}
