import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BulkQueue, defaultRateLimitDelay } from './bulk-queue';

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, input: i }));

/** A task whose promise each test settles by hand, to watch what is in flight. */
function deferredRunner() {
  const calls: Array<{
    input: number;
    resolve: (v: string) => void;
    reject: (e: unknown) => void;
    signal: AbortSignal;
  }> = [];
  const run = (input: number, signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => calls.push({ input, resolve, reject, signal }));
  return { calls, run };
}

const rateLimited = (retryAfterMs: number | null) => Object.assign(new Error('429'), { status: 429, retryAfterMs });

beforeEach(() => vi.useFakeTimers({ now: 0 }));
afterEach(() => vi.useRealTimers());

describe('BulkQueue', () => {
  it('never has more than 4 tasks in flight and finishes all of them', async () => {
    let inFlight = 0;
    let peak = 0;
    const queue = new BulkQueue(items(25), {
      run: async (n) => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await new Promise((r) => setTimeout(r, 10 + (n % 3) * 5));
        inFlight -= 1;
        return `ok${n}`;
      },
    });
    const done = queue.start();
    await vi.runAllTimersAsync();
    const result = await done;
    expect(peak).toBe(4);
    expect(result).toMatchObject({ total: 25, done: 25, failed: 0, settled: true });
    expect(result.items[7]).toMatchObject({ key: 'k7', status: 'done', result: 'ok7', attempts: 1 });
  });

  it('records failures per item and runs only the failed ones again on retryFailed', async () => {
    const seen: number[] = [];
    let failThree = true;
    const queue = new BulkQueue(items(6), {
      run: async (n) => {
        seen.push(n);
        if (n === 3 && failThree) throw new Error('boom');
        return n;
      },
    });
    const first = await queue.start();
    expect(first).toMatchObject({ done: 5, failed: 1, settled: true });
    expect(first.items[3]).toMatchObject({ status: 'failed', attempts: 1 });
    expect((first.items[3]!.error as Error).message).toBe('boom');

    failThree = false;
    seen.length = 0;
    const second = await queue.retryFailed();
    expect(seen).toEqual([3]);
    expect(second).toMatchObject({ done: 6, failed: 0 });
    expect(second.items[3]).toMatchObject({ status: 'done', attempts: 2, error: undefined });
  });

  it('pauses the whole queue on a 429 for Retry-After, then retries that item first', async () => {
    const { calls, run } = deferredRunner();
    const queue = new BulkQueue(items(6), { run });
    const done = queue.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.input)).toEqual([0, 1, 2, 3]);

    calls[1]!.reject(rateLimited(3_000));
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getSnapshot().pausedUntil).toBe(3_000);
    calls[0]!.resolve('a');
    await vi.advanceTimersByTimeAsync(2_999);
    expect(calls).toHaveLength(4); // nothing new starts before Retry-After

    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((c) => c.input)).toEqual([0, 1, 2, 3, 1, 4]);
    for (const call of calls.slice(2)) call.resolve('x');
    await vi.advanceTimersByTimeAsync(0);
    calls[6]!.resolve('x');
    expect(await done).toMatchObject({ done: 6, failed: 0 });
    expect(queue.getSnapshot().items[1]).toMatchObject({ attempts: 2, status: 'done' });
  });

  it('doubles the wait when a 429 has no Retry-After, and gives up after the retry budget', async () => {
    const starts: number[] = [];
    const queue = new BulkQueue(items(1), {
      run: async () => {
        starts.push(Date.now());
        throw rateLimited(null);
      },
      maxRateLimitRetries: 3,
    });
    const done = queue.start();
    await vi.runAllTimersAsync();
    const result = await done;
    expect(starts).toEqual([0, 1_000, 3_000, 7_000]);
    expect(result.items[0]).toMatchObject({ status: 'failed', attempts: 4 });
  });

  it('treats other errors as failures without waiting', async () => {
    expect(defaultRateLimitDelay(Object.assign(new Error(), { status: 500 }), 0)).toBeNull();
    expect(defaultRateLimitDelay(new Error('network'), 0)).toBeNull();
    expect(defaultRateLimitDelay(rateLimited(120_000), 0)).toBe(60_000);
  });

  it('notifies subscribers with a new snapshot on each change and keeps unchanged items identical', async () => {
    const { calls, run } = deferredRunner();
    const queue = new BulkQueue(items(5), { run, concurrency: 1 });
    const snapshots: unknown[] = [];
    queue.subscribe(() => snapshots.push(queue.getSnapshot()));
    void queue.start();
    await vi.advanceTimersByTimeAsync(0);
    const before = queue.getSnapshot();
    calls[0]!.resolve('x');
    await vi.advanceTimersByTimeAsync(0);
    const after = queue.getSnapshot();
    expect(after).not.toBe(before);
    expect(after.items[4]).toBe(before.items[4]);
    expect(after.items[0]).toMatchObject({ status: 'done' });
    expect(snapshots.length).toBeGreaterThan(1);
  });

  it('cancel aborts running work and marks the rest cancelled', async () => {
    const { calls, run } = deferredRunner();
    const queue = new BulkQueue(items(8), { run });
    const done = queue.start();
    await vi.advanceTimersByTimeAsync(0);
    queue.cancel();
    expect(calls.every((c) => c.signal.aborted)).toBe(true);
    for (const call of calls) call.reject(new DOMException('aborted', 'AbortError'));
    const result = await done;
    expect(result.items.map((i) => i.status)).toEqual(Array(8).fill('cancelled'));
    expect(result.settled).toBe(true);
  });
});
