import { CLIENT_ERROR_CODES, isApiError } from './api-error';

/**
 * The query retry policy: only failures that may pass on their own are retried: no
 * answer at all (network error, deadline), a 5xx, or a 429. A 4xx is the same on every
 * attempt, and a 2xx whose body failed the contract would fail again, so neither is retried.
 */
const MAX_RETRIES = 3;
/** A 429 means the server is shedding load, so it gets one retry fewer (at most 3 tries in all). */
const MAX_RATE_LIMIT_RETRIES = 2;
const BASE_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 60_000;
/** ±25 % around each doubling step, so many tabs that failed together do not retry together. */
const JITTER = 0.25;

export function isRetryable(error: unknown): boolean {
  if (!isApiError(error)) return false;
  if (error.code === CLIENT_ERROR_CODES.network || error.code === CLIENT_ERROR_CODES.timeout) {
    return error.status === 0;
  }
  return error.status === 429 || error.status >= 500;
}

/** For `QueryClient` `retry`: `failureCount` is 0 after the first failure. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!isRetryable(error)) return false;
  const limit = isApiError(error) && error.status === 429 ? MAX_RATE_LIMIT_RETRIES : MAX_RETRIES;
  return failureCount < limit;
}

/**
 * For `QueryClient` `retryDelay`: about 1, 2, 4 s for attempts 0, 1, 2, each ±25 %. A
 * `Retry-After` from the server is a floor (no attempt before it), and everything is capped at
 * 60 s so a hostile or broken header cannot park a query for hours. `random` is injectable for tests.
 */
export function retryDelay(attempt: number, error: unknown, random: () => number = Math.random): number {
  const base = BASE_DELAY_MS * 2 ** Math.max(0, attempt);
  const jittered = base * (1 - JITTER + random() * 2 * JITTER);
  const floor = isApiError(error) && error.retryAfterMs !== null ? error.retryAfterMs : 0;
  return Math.round(Math.min(MAX_DELAY_MS, Math.max(jittered, floor)));
}
