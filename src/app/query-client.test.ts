import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/client';
import { createQueryClient } from './query-client';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Runs one query that always fails with `error` and reports the attempt times. */
async function attemptsFor(error: ApiError, runFor = 120_000): Promise<number[]> {
  vi.useFakeTimers({ now: 0 });
  vi.spyOn(Math, 'random').mockReturnValue(0.5); // no jitter: the waits are exactly 1, 2, 4 s
  const client = createQueryClient();
  const times: number[] = [];
  const done = client
    // A fresh client per call, so the key cannot collide across errors.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    .fetchQuery({
      queryKey: ['probe'],
      queryFn: () => {
        times.push(Date.now());
        return Promise.reject(error);
      },
    })
    .catch(() => undefined);
  await vi.advanceTimersByTimeAsync(runFor);
  await done;
  return times;
}

describe('query client retry policy (which failures retry, how often, how far apart)', () => {
  it('tries a failing GET 4 times, about 1, 2 and 4 s apart, on 5xx, network errors and timeouts', async () => {
    for (const error of [
      new ApiError({ status: 503, code: 'X', message: 'm' }),
      new ApiError({ status: 0, code: 'NETWORK_ERROR', message: 'm' }),
      new ApiError({ status: 0, code: 'TIMEOUT', message: 'm' }),
    ]) {
      expect(await attemptsFor(error)).toEqual([0, 1_000, 3_000, 7_000]);
    }
  });

  it('tries once on 400, 401, 403, 404 and 409', async () => {
    for (const status of [400, 401, 403, 404, 409]) {
      expect(await attemptsFor(new ApiError({ status, code: 'X', message: 'm' }))).toHaveLength(1);
    }
  });

  it('waits for Retry-After on 429 and tries at most 3 times', async () => {
    const times = await attemptsFor(new ApiError({ status: 429, code: 'RATE_LIMITED', message: 'm', retryAfterMs: 5_000 }));
    expect(times).toEqual([0, 5_000, 10_000]);
  });
});
