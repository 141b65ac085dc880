import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { apiPaths } from '@contract';
import { isRetryable, retryDelay } from './retry-policy';
import { invalidateAssetLists, removeCachedAssets } from './assets-cache';
import { deleteAsset } from './assets-mutations';

/** Long enough to read the toast and reach Undo (B10 asks for at least 5 s). */
export const DELETE_UNDO_MS = 6_000;

export interface DeleteOutcome {
  deleted: string[];
  failed: Array<{ id: string; error: unknown }>;
}

interface Batch {
  ids: string[];
  timer: ReturnType<typeof setTimeout> | null;
}

// Deletes wait out their undo window here rather than in the cache: a refetch during the
// window cannot bring a hidden asset back, and Undo only has to forget the ids.
const batches = new Set<Batch>();
let hidden: ReadonlySet<string> = new Set();
const listeners = new Set<() => void>();

function publish(): void {
  hidden = new Set([...batches].flatMap((b) => b.ids));
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Ids whose delete is scheduled or in flight; views leave them out. */
export function usePendingAssetDeletes(): ReadonlySet<string> {
  return useSyncExternalStore(subscribe, () => hidden, () => hidden);
}

export function hasPendingAssetDeletes(): boolean {
  return batches.size > 0;
}

/** One DELETE with G5's two retries on 5xx, network errors and 429. */
export async function deleteWithRetry(id: string, wait = (ms: number) => new Promise((r) => setTimeout(r, ms))) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await deleteAsset(id);
    } catch (error) {
      if (attempt >= 2 || !isRetryable(error)) throw error;
      await wait(retryDelay(attempt, error));
    }
  }
}

async function deleteEach(ids: string[]): Promise<DeleteOutcome> {
  const outcome: DeleteOutcome = { deleted: [], failed: [] };
  for (const id of ids) {
    try {
      await deleteWithRetry(id);
      outcome.deleted.push(id);
    } catch (error) {
      outcome.failed.push({ id, error });
    }
  }
  return outcome;
}

/**
 * Leaving the page inside an undo window still deletes what the user asked to delete (B7):
 * keepalive requests outlive the page. The browser asks first (beforeunload) while one is open.
 */
function onPageHide(): void {
  for (const batch of batches) {
    if (batch.timer === null) continue;
    clearTimeout(batch.timer);
    batch.timer = null;
    for (const id of batch.ids) {
      void fetch(apiPaths.assets.detail(id), { method: 'DELETE', keepalive: true, credentials: 'same-origin' }).catch(
        () => undefined,
      );
    }
  }
}

function onBeforeUnload(event: BeforeUnloadEvent): void {
  if (batches.size > 0) event.preventDefault();
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', onPageHide);
  window.addEventListener('beforeunload', onBeforeUnload);
}

export interface DeferredDeleteOptions {
  undoMs?: number;
  /** Does the deleting; defaults to one DELETE per id. Bulk work passes its queue. */
  commit?: (ids: string[]) => Promise<DeleteOutcome>;
  onDone?: (outcome: DeleteOutcome) => void;
}

/**
 * Hides the assets at once and deletes them when the undo window closes (G5). The returned
 * `undo` cancels while the window is open and reports whether it was still in time.
 */
export function useDeferredAssetDelete() {
  const client = useQueryClient();
  return useCallback(
    (ids: string[], { undoMs = DELETE_UNDO_MS, commit = deleteEach, onDone }: DeferredDeleteOptions = {}) => {
      const batch: Batch = { ids: [...new Set(ids)], timer: null };
      const finish = async () => {
        batch.timer = null;
        let outcome: DeleteOutcome;
        try {
          outcome = await commit(batch.ids);
        } catch (error) {
          outcome = { deleted: [], failed: batch.ids.map((id) => ({ id, error })) };
        }
        removeCachedAssets(client, outcome.deleted);
        batches.delete(batch);
        publish();
        await invalidateAssetLists(client, { brands: true });
        onDone?.(outcome);
      };
      batch.timer = setTimeout(() => void finish(), undoMs);
      batches.add(batch);
      publish();
      return {
        undo: (): boolean => {
          if (batch.timer === null) return false;
          clearTimeout(batch.timer);
          batch.timer = null;
          batches.delete(batch);
          publish();
          return true;
        },
      };
    },
    [client],
  );
}
