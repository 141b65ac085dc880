import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { isRetryable, MAX_DELAY_MS, retryDelay, shouldRetry } from './retry-policy';

const error = (status: number, code = 'X', retryAfterMs: number | null = null) =>
  new ApiError({ status, code, message: 'm', retryAfterMs });

describe('isRetryable', () => {
  it.each([
    [error(0, 'NETWORK_ERROR'), true],
    [error(0, 'TIMEOUT'), true],
    [error(500), true],
    [error(502), true],
    [error(503), true],
    [error(429, 'RATE_LIMITED'), true],
    [error(400), false],
    [error(401), false],
    [error(403), false],
    [error(404), false],
    [error(409), false],
    [error(413), false],
    [error(200, 'INVALID_RESPONSE'), false],
    [new TypeError('a bug in a select function'), false],
    [new DOMException('aborted', 'AbortError'), false],
  ])('%o → %s', (input, expected) => {
    expect(isRetryable(input)).toBe(expected);
  });
});

describe('shouldRetry', () => {
  it('allows 3 retries (4 attempts) for 5xx and network failures', () => {
    expect([0, 1, 2, 3].map((n) => shouldRetry(n, error(500)))).toEqual([true, true, true, false]);
    expect([0, 1, 2, 3].map((n) => shouldRetry(n, error(0, 'NETWORK_ERROR')))).toEqual([true, true, true, false]);
  });

  it('allows at most 3 tries in all for 429', () => {
    expect([0, 1, 2].map((n) => shouldRetry(n, error(429)))).toEqual([true, true, false]);
  });

  it('never retries 4xx', () => {
    for (const status of [400, 401, 403, 404, 409]) expect(shouldRetry(0, error(status))).toBe(false);
  });
});

describe('retryDelay', () => {
  it('doubles from 1 s with ±25 % jitter', () => {
    expect([0, 1, 2].map((n) => retryDelay(n, error(500), () => 0))).toEqual([750, 1_500, 3_000]);
    expect([0, 1, 2].map((n) => retryDelay(n, error(500), () => 0.5))).toEqual([1_000, 2_000, 4_000]);
    expect([0, 1, 2].map((n) => retryDelay(n, error(500), () => 0.999_999))).toEqual([1_250, 2_500, 5_000]);
  });

  it('never retries before Retry-After', () => {
    expect(retryDelay(0, error(429, 'RATE_LIMITED', 7_000), () => 0.999)).toBe(7_000);
    // A Retry-After shorter than the backoff does not shorten the backoff.
    expect(retryDelay(2, error(503, 'X', 1_000), () => 0.5)).toBe(4_000);
  });

  it('caps the wait at 60 s, whatever the server says', () => {
    expect(retryDelay(0, error(429, 'RATE_LIMITED', 3_600_000))).toBe(MAX_DELAY_MS);
    expect(retryDelay(20, error(500), () => 1)).toBe(MAX_DELAY_MS);
  });
});
