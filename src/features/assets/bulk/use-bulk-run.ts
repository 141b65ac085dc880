import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { deleteAsset, readAsset, useAssetCache, useDeferredAssetDelete, type DeleteOutcome } from '@/api/assets';
import type { Asset } from '@contract';
import { BulkQueue, type BulkSnapshot } from '@/lib/bulk-queue';
import { describeAction, patchFor, undoPatch, type BulkAction } from './bulk-actions';

export interface BulkResult {
  before: Asset | null;
  /** The asset as the server answered the write (or as read, when nothing had to change). */
  after: Asset | null;
  changed: boolean;
}
export type BulkPhase = 'waiting' | 'running' | 'settled' | 'undoing' | 'undone';
export type Queue = BulkQueue<string, BulkResult>;

export interface BulkRun {
  action: BulkAction;
  title: string;
  phase: BulkPhase;
  queue: Queue;
  /** Set while Undo runs or after it ran: progress then shows the undo. */
  undoQueue: Queue | null;
  cancelDelete: (() => boolean) | null;
}

const EMPTY = new BulkQueue<string, BulkResult>([], {
  run: async () => ({ before: null, after: null, changed: false }),
});
const toItems = (ids: readonly string[]) => ids.map((id) => ({ key: id, input: id }));

function outcomeOf(snapshot: BulkSnapshot<string, BulkResult>): DeleteOutcome {
  return {
    deleted: snapshot.items.filter((i) => i.status === 'done').map((i) => i.key),
    failed: snapshot.items.filter((i) => i.status === 'failed').map((i) => ({ id: i.key, error: i.error })),
  };
}

/**
 * One bulk action at a time, run through the queue (4 in flight, 429 back-off). Every write
 * reads the asset first, so tags are merged into the current list and Undo knows exactly what
 * to put back. Deletes wait out an undo window first; leaving the page meanwhile is guarded.
 */
export function useBulkRun(onSettled?: (queue: Queue) => void) {
  const cache = useAssetCache();
  // Read at settle time, so the caller's latest filters and selection apply.
  const settledRef = useRef(onSettled);
  useEffect(() => {
    settledRef.current = onSettled;
  });
  const deferDelete = useDeferredAssetDelete();
  const [run, setRun] = useState<BulkRun | null>(null);
  const shown = run?.undoQueue ?? run?.queue ?? EMPTY;
  const snapshot = useSyncExternalStore(shown.subscribe, shown.getSnapshot, shown.getSnapshot);
  const setPhase = (queue: Queue, phase: BulkPhase) =>
    setRun((r) => (r && (r.queue === queue || r.undoQueue === queue) ? { ...r, phase } : r));

  const settle = useCallback(
    async (work: Promise<unknown>, action: BulkAction) => {
      await work;
      const links = action.kind === 'link' || action.kind === 'unlink' || action.kind === 'delete';
      await cache.invalidate({ brands: links });
    },
    [cache],
  );

  const start = useCallback(
    (action: BulkAction, ids: readonly string[]) => {
      if (ids.length === 0) return;
      const title = describeAction(action, ids.length);
      if (action.kind === 'delete') {
        const queue: Queue = new BulkQueue(toItems(ids), {
          run: async (id, signal) => {
            await deleteAsset(id, signal);
            return { before: null, after: null, changed: true };
          },
        });
        const { undo } = deferDelete([...ids], {
          commit: async () => {
            setPhase(queue, 'running');
            return outcomeOf(await queue.start());
          },
          onDone: () => setPhase(queue, 'settled'),
        });
        setRun({ action, title, phase: 'waiting', queue, undoQueue: null, cancelDelete: undo });
        return;
      }
      const queue: Queue = new BulkQueue(toItems(ids), {
        run: async (id, signal) => {
          const before = await readAsset(id, signal);
          const patch = patchFor(action, before);
          if (!patch) return { before, after: before, changed: false };
          const after = await cache.save(id, patch, signal);
          return { before, after, changed: true };
        },
      });
      setRun({ action, title, phase: 'running', queue, undoQueue: null, cancelDelete: null });
      void settle(queue.start(), action).then(() => {
        setPhase(queue, 'settled');
        settledRef.current?.(queue);
      });
    },
    [cache, deferDelete, settle],
  );

  const retryFailed = useCallback(() => {
    if (!run) return;
    const queue = run.undoQueue ?? run.queue;
    const after: BulkPhase = run.undoQueue ? 'undone' : 'settled';
    setPhase(queue, run.undoQueue ? 'undoing' : 'running');
    void settle(queue.retryFailed(), run.action).then(() => {
      if (run.action.kind === 'delete') cache.remove(outcomeOf(queue.getSnapshot()).deleted);
      setPhase(queue, after);
      if (!run.undoQueue) settledRef.current?.(queue);
    });
  }, [run, settle, cache]);

  const undo = useCallback(() => {
    if (!run) return;
    if (run.cancelDelete) {
      if (run.cancelDelete()) setRun(null);
      return;
    }
    const changed = run.queue
      .getSnapshot()
      .items.filter((i) => i.status === 'done' && i.result?.changed && i.result.before);
    const befores = new Map(changed.map((i) => [i.key, i.result!.before!]));
    const undoQueue: Queue = new BulkQueue(toItems([...befores.keys()]), {
      run: async (id, signal) => {
        const before = befores.get(id)!;
        const after = await cache.save(id, undoPatch(before), signal);
        return { before, after, changed: true };
      },
    });
    setRun({ ...run, phase: 'undoing', undoQueue, title: `Undo: ${run.title}` });
    void settle(undoQueue.start(), run.action).then(() => setPhase(undoQueue, 'undone'));
  }, [run, settle, cache]);

  const dismiss = useCallback(() => setRun(null), []);

  // Closing the tab mid-run would silently drop the rest: the browser asks first.
  const busy = run !== null && (run.phase === 'running' || run.phase === 'undoing');
  useEffect(() => {
    if (!busy) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [busy]);

  return { run, snapshot, start, retryFailed, undo, dismiss, busy };
}
