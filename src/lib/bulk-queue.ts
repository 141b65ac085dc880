/**
 * A small work queue for bulk actions: at most `concurrency` tasks in flight, a pause for the
 * whole queue when the server rate-limits (honouring Retry-After), per-item status, and
 * "retry failed". Pure: no React, no fetch; time comes from setTimeout so fake timers drive it.
 */
export type BulkStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

export interface BulkItem<T, R> {
  readonly key: string;
  readonly input: T;
  readonly status: BulkStatus;
  readonly attempts: number;
  readonly result?: R;
  readonly error?: unknown;
}

export interface BulkSnapshot<T, R> {
  readonly items: readonly BulkItem<T, R>[];
  readonly total: number;
  readonly done: number;
  readonly failed: number;
  readonly running: number;
  readonly queued: number;
  /** Epoch ms until which no new task starts (a 429), or null. */
  readonly pausedUntil: number | null;
  /** Nothing queued or running. */
  readonly settled: boolean;
}

interface BulkQueueOptions<T, R> {
  run: (input: T, signal: AbortSignal) => Promise<R>;
  /** Default 4. */
  concurrency?: number;
  /**
   * How long to wait before trying again when `error` is a rate limit, or null when it is not one.
   * The default reads `{ status: 429, retryAfterMs }` and otherwise doubles from 1 s.
   */
  rateLimitDelay?: (error: unknown, attempt: number) => number | null;
  /** Rate-limit retries per item before it counts as failed. Default 5. */
  maxRateLimitRetries?: number;
  now?: () => number;
}

const BULK_CONCURRENCY = 4;
const MAX_WAIT_MS = 60_000;

export function defaultRateLimitDelay(error: unknown, attempt: number): number | null {
  const e = error as { status?: unknown; retryAfterMs?: unknown } | null;
  if (!e || typeof e !== 'object' || e.status !== 429) return null;
  const after = typeof e.retryAfterMs === 'number' && e.retryAfterMs >= 0 ? e.retryAfterMs : 1_000 * 2 ** attempt;
  return Math.min(MAX_WAIT_MS, after);
}

interface Entry<T, R> {
  index: number;
  key: string;
  input: T;
  status: BulkStatus;
  attempts: number;
  rateLimited: number;
  result?: R;
  error?: unknown;
}

export class BulkQueue<T, R> {
  private readonly entries: Entry<T, R>[];
  private readonly waiting: Entry<T, R>[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly options: Required<Omit<BulkQueueOptions<T, R>, 'run'>> & Pick<BulkQueueOptions<T, R>, 'run'>;
  private controller = new AbortController();
  private running = 0;
  private pausedUntil: number | null = null;
  private pauseTimer: ReturnType<typeof setTimeout> | null = null;
  private idle: Array<() => void> = [];
  private snapshot: BulkSnapshot<T, R> | null = null;
  private readonly items: BulkItem<T, R>[];
  private readonly dirty = new Set<number>();

  constructor(items: ReadonlyArray<{ key: string; input: T }>, options: BulkQueueOptions<T, R>) {
    this.entries = items.map(({ key, input }, index) => ({
      index,
      key,
      input,
      status: 'queued',
      attempts: 0,
      rateLimited: 0,
    }));
    this.items = this.entries.map(({ key, input }) => ({ key, input, status: 'queued', attempts: 0 }));
    this.options = {
      concurrency: BULK_CONCURRENCY,
      rateLimitDelay: defaultRateLimitDelay,
      maxRateLimitRetries: 5,
      now: () => Date.now(),
      ...options,
    };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): BulkSnapshot<T, R> => {
    if (this.snapshot) return this.snapshot;
    // Only changed entries get a new item object, so a 2,000-item run stays cheap to observe.
    for (const index of this.dirty) {
      const { key, input, status, attempts, result, error } = this.entries[index]!;
      this.items[index] = { key, input, status, attempts, result, error };
    }
    this.dirty.clear();
    const counts = { queued: 0, done: 0, failed: 0 };
    for (const item of this.items) if (item.status in counts) counts[item.status as keyof typeof counts] += 1;
    this.snapshot = {
      items: this.items.slice(),
      total: this.items.length,
      ...counts,
      running: this.running,
      pausedUntil: this.pausedUntil,
      settled: counts.queued === 0 && this.running === 0,
    };
    return this.snapshot;
  };

  /** Runs everything queued; resolves once nothing is queued or running. */
  start(): Promise<BulkSnapshot<T, R>> {
    for (const entry of this.entries)
      if (entry.status === 'queued' && !this.waiting.includes(entry)) this.waiting.push(entry);
    return this.pumpUntilIdle();
  }

  /** Queues every failed item again (fresh rate-limit budget) and runs them. */
  retryFailed(): Promise<BulkSnapshot<T, R>> {
    if (this.controller.signal.aborted) this.controller = new AbortController();
    for (const entry of this.entries) {
      if (entry.status !== 'failed') continue;
      entry.status = 'queued';
      entry.error = undefined;
      entry.rateLimited = 0;
      this.waiting.push(entry);
      this.dirty.add(entry.index);
    }
    return this.pumpUntilIdle();
  }

  /** Stops starting new work and aborts what runs; unfinished items end as cancelled. */
  cancel(): void {
    this.controller.abort();
    if (this.pauseTimer) clearTimeout(this.pauseTimer);
    this.pauseTimer = null;
    this.pausedUntil = null;
    const dropped = this.waiting.splice(0);
    for (const entry of dropped) entry.status = 'cancelled';
    this.changed(...dropped);
  }

  private pumpUntilIdle(): Promise<BulkSnapshot<T, R>> {
    const done = new Promise<BulkSnapshot<T, R>>((resolve) => this.idle.push(() => resolve(this.getSnapshot())));
    this.changed();
    this.pump();
    return done;
  }

  private pump(): void {
    while (this.running < this.options.concurrency && this.pausedUntil === null && this.waiting.length > 0) {
      void this.runOne(this.waiting.shift()!);
    }
    if (this.running === 0 && (this.waiting.length === 0 || this.controller.signal.aborted)) {
      for (const resolve of this.idle.splice(0)) resolve();
    }
  }

  private async runOne(entry: Entry<T, R>): Promise<void> {
    const signal = this.controller.signal;
    entry.status = 'running';
    entry.attempts += 1;
    this.running += 1;
    this.changed(entry);
    try {
      entry.result = await this.options.run(entry.input, signal);
      entry.status = 'done';
    } catch (error) {
      const wait = signal.aborted ? null : this.options.rateLimitDelay(error, entry.rateLimited);
      if (wait !== null && entry.rateLimited < this.options.maxRateLimitRetries) {
        entry.rateLimited += 1;
        entry.status = 'queued';
        this.waiting.unshift(entry);
        this.pause(wait);
      } else {
        entry.status = signal.aborted ? 'cancelled' : 'failed';
        entry.error = error;
      }
    } finally {
      this.running -= 1;
      this.changed(entry);
      this.pump();
    }
  }

  private pause(ms: number): void {
    const until = this.options.now() + ms;
    if (this.pausedUntil !== null && this.pausedUntil >= until) return;
    if (this.pauseTimer) clearTimeout(this.pauseTimer);
    this.pausedUntil = until;
    this.pauseTimer = setTimeout(() => {
      this.pauseTimer = null;
      this.pausedUntil = null;
      this.changed();
      this.pump();
    }, ms);
  }

  private changed(...touched: Entry<T, R>[]): void {
    for (const entry of touched) this.dirty.add(entry.index);
    this.snapshot = null;
    for (const listener of this.listeners) listener();
  }
}
