import { isApiError } from './api-error';
import { apiFetch } from './client';
import { isRetryable, retryDelay } from './retry-policy';

/**
 * The one rule for writes. A write is retried only where a repeat can help, and only when
 * repeating it is safe; waits follow the query policy, Retry-After included.
 */
const WRITE_RETRIES = 2;

/** PATCH and DELETE are safe to repeat: at most two retries, on 5xx, no answer or 429. */
export function retryWrite(failureCount: number, error: unknown): boolean {
  return failureCount < WRITE_RETRIES && isRetryable(error);
}

/**
 * POST is not safe to repeat: only a 429 says "not processed", so it is the only failure a
 * create is sent again on. After no answer or a 5xx the caller looks for the object instead.
 */
export function retryCreate(failureCount: number, error: unknown): boolean {
  return failureCount < WRITE_RETRIES && isApiError(error) && error.status === 429;
}

/**
 * No answer, or a 5xx from something that may have passed the request on: the write may or may
 * not have happened, so a create looks for its object instead of being sent again.
 */
export function isAmbiguousFailure(error: unknown): boolean {
  return isApiError(error) && (error.status === 0 || error.status >= 500);
}

/** Spread into a PATCH or DELETE mutation's options. */
export const WRITE_RETRY = { retry: retryWrite, retryDelay } as const;
/** Spread into a POST mutation's options. */
export const CREATE_RETRY = { retry: retryCreate, retryDelay } as const;

/** Writes to one object share a scope, so React Query sends them one after another, in order. */
export const mutationScope = {
  brand: (id: string) => ({ id: `brand:${id}` }),
  asset: (id: string) => ({ id: `asset:${id}` }),
  theme: (id: string) => ({ id: `theme:${id}` }),
} as const;

/** A DELETE answering 404 means an earlier attempt (or someone else) already deleted it: done. */
export async function sendDelete(path: string, signal?: AbortSignal): Promise<void> {
  try {
    await apiFetch(path, { method: 'DELETE', signal });
  } catch (error) {
    if (isApiError(error) && error.status === 404) return;
    throw error;
  }
}
