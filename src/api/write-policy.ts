import { isRetryable, retryDelay } from './retry-policy';

/**
 * Writes that are safe to repeat (PATCH, DELETE) retry at most twice, and only where a repeat
 * can help: 5xx, no answer, 429 (G5). Waits follow the query policy, Retry-After included.
 */
export const WRITE_RETRIES = 2;

export function retryWrite(failureCount: number, error: unknown): boolean {
  return failureCount < WRITE_RETRIES && isRetryable(error);
}

export { retryDelay };
