import { MutationObserver, type QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { watchPageLeave, type LeaveAware } from './page-leave';
import { sendDelete, WRITE_RETRY } from './write-policy';

/**
 * Delete as a delayed commit: the objects disappear at once, the DELETE goes out when the undo
 * window ends, and Undo inside the window only cancels a timer, so the server state after Undo
 * equals the state before. One engine serves every resource; each passes its request, its
 * window and its cache effects. Leaving the page behaves the same for all (page-leave.ts).
 */

export interface DeleteOutcome {
  deleted: string[];
  failed: Array<{ id: string; error: unknown }>;
}

interface DeferredDeleteConfig {
  /** The DELETE's path; the same request goes out with keepalive if the page is left. */
  path: (id: string) => string;
  /** The object's mutation scope, so the DELETE waits behind its other writes. */
  scope: (id: string) => { id: string };
  /** How long Undo is offered before anything is sent. */
  undoMs: number;
  /** Drops what the server deleted from the cache, before those ids stop being hidden. */
  forget: (client: QueryClient, deleted: readonly string[]) => void;
  /** Refetches after the commit, whatever its outcome; awaited before `onDone` when it returns a promise. */
  refresh: (client: QueryClient, outcome: DeleteOutcome) => Promise<void> | void;
}

export interface ScheduleOptions {
  /** Overrides the resource's window (tests use short ones). */
  undoMs?: number;
  /** Does the deleting; by default one DELETE per id, in order. Bulk work passes its queue. */
  commit?: (ids: string[]) => Promise<DeleteOutcome>;
  onDone?: (outcome: DeleteOutcome) => void;
}

/** waiting: inside the window; sending: the commit runs; flushed: sent with keepalive, outcome unknown. */
type DeleteState = 'waiting' | 'sending' | 'flushed';

interface Batch {
  ids: string[];
  state: DeleteState;
  timer: ReturnType<typeof setTimeout> | undefined;
  done: Promise<void> | undefined;
}

export class DeferredDeletes implements LeaveAware {
  private readonly batches = new Set<Batch>();
  private readonly listeners = new Set<() => void>();
  private hidden: ReadonlySet<string> = new Set();

  constructor(private readonly config: DeferredDeleteConfig) {
    watchPageLeave(this);
  }

  get undoMs(): number {
    return this.config.undoMs;
  }

  /** Hides `ids` now and deletes them when the window ends. Ids already on their way are left alone. */
  schedule(client: QueryClient, ids: readonly string[], options: ScheduleOptions = {}): { undo: () => boolean } {
    const fresh = [...new Set(ids)].filter((id) => !this.hidden.has(id));
    if (fresh.length === 0) return { undo: () => false };
    const batch: Batch = { ids: fresh, state: 'waiting', timer: undefined, done: undefined };
    const commit = options.commit ?? ((list: string[]) => this.deleteEach(client, list));
    batch.timer = setTimeout(() => {
      batch.done = this.finish(client, batch, commit, options.onDone);
    }, options.undoMs ?? this.config.undoMs);
    this.batches.add(batch);
    this.publish();
    return { undo: () => this.cancelBatch(batch) };
  }

  /** Takes one id out of its batch while the window is open; false once it was sent. */
  cancel(id: string): boolean {
    const batch = this.batchOf(id);
    if (batch?.state !== 'waiting') return false;
    batch.ids = batch.ids.filter((other) => other !== id);
    if (batch.ids.length === 0) return this.cancelBatch(batch);
    this.publish();
    return true;
  }

  state(id: string): DeleteState | undefined {
    return this.batchOf(id)?.state;
  }

  /** Resolves once the commit that holds `id` has finished (at once when none runs). */
  settled(id: string): Promise<void> {
    return this.batchOf(id)?.done ?? Promise.resolve();
  }

  /** Anything waiting or being sent: leaving the page now would need the keepalive flush. */
  hasPending(): boolean {
    return [...this.batches].some((batch) => batch.state !== 'flushed');
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Ids scheduled, being sent, or flushed: views leave them out. */
  getHidden = (): ReadonlySet<string> => this.hidden;

  /** The tab is going away inside the window: send the intent now, with keepalive so it outlives the page. */
  flush(): void {
    for (const batch of this.batches) {
      if (batch.state !== 'waiting') continue;
      clearTimeout(batch.timer);
      batch.state = 'flushed';
      for (const id of batch.ids) {
        void fetch(this.config.path(id), {
          method: 'DELETE',
          keepalive: true,
          credentials: 'same-origin',
          headers: { Accept: 'application/json' },
        }).catch(() => undefined);
      }
    }
  }

  private batchOf(id: string): Batch | undefined {
    for (const batch of this.batches) if (batch.ids.includes(id)) return batch;
    return undefined;
  }

  private cancelBatch(batch: Batch): boolean {
    if (batch.state !== 'waiting' || !this.batches.has(batch)) return false;
    clearTimeout(batch.timer);
    this.batches.delete(batch);
    this.publish();
    return true;
  }

  private async finish(
    client: QueryClient,
    batch: Batch,
    commit: (ids: string[]) => Promise<DeleteOutcome>,
    onDone: ((outcome: DeleteOutcome) => void) | undefined,
  ): Promise<void> {
    batch.state = 'sending';
    let outcome: DeleteOutcome;
    try {
      outcome = await commit(batch.ids);
    } catch (error) {
      outcome = { deleted: [], failed: batch.ids.map((id) => ({ id, error })) };
    }
    // Gone from the cache first, so nothing flashes back when the ids stop being hidden.
    this.config.forget(client, outcome.deleted);
    this.batches.delete(batch);
    this.publish();
    await this.config.refresh(client, outcome);
    onDone?.(outcome);
  }

  private async deleteEach(client: QueryClient, ids: string[]): Promise<DeleteOutcome> {
    const outcome: DeleteOutcome = { deleted: [], failed: [] };
    for (const id of ids) {
      const observer = new MutationObserver<void, unknown, void>(client, {
        mutationFn: () => sendDelete(this.config.path(id)),
        scope: this.config.scope(id),
        ...WRITE_RETRY,
      });
      try {
        await observer.mutate();
        outcome.deleted.push(id);
      } catch (error) {
        outcome.failed.push({ id, error });
      }
    }
    return outcome;
  }

  private publish(): void {
    this.hidden = new Set([...this.batches].flatMap((batch) => batch.ids));
    for (const listener of this.listeners) listener();
  }
}

/** The ids an engine hides, for views. */
export function usePendingDeletes(engine: DeferredDeletes): ReadonlySet<string> {
  return useSyncExternalStore(engine.subscribe, engine.getHidden, engine.getHidden);
}
