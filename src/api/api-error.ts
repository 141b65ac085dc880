import { ERROR_CODES } from '@contract/codes';
import type { ErrorDetail } from '@contract';

/**
 * Codes the client itself produces when there is no HTTP answer to report. `code` stays an open
 * string: the real API may send codes the sandbox never does (section 15), so callers branch on
 * `status` first and treat `code` as a hint.
 */
export const CLIENT_ERROR_CODES = {
  network: 'NETWORK_ERROR',
  timeout: 'TIMEOUT',
  invalidResponse: 'INVALID_RESPONSE',
} as const;

export interface ApiErrorInit {
  status: number;
  code: string;
  message: string;
  details?: ErrorDetail[];
  requestId?: string | null;
  retryAfterMs?: number | null;
  cause?: unknown;
}

/** The one error type `apiFetch` throws for anything but the caller's own abort. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** HTTP status, or 0 when no response arrived (network failure, deadline). */
  readonly status: number;
  readonly code: string;
  readonly details: ErrorDetail[];
  readonly requestId: string | null;
  /** From `Retry-After`, in milliseconds; null when the server sent none. */
  readonly retryAfterMs: number | null;

  constructor(init: ApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.details = init.details ?? [];
    this.requestId = init.requestId ?? null;
    this.retryAfterMs = init.retryAfterMs ?? null;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Used when an error body carries no code (a proxy's HTML 502, an envelope without `code`). */
export function defaultCode(status: number): string {
  return (ERROR_CODES as Record<number, string>)[status] ?? `HTTP_${status}`;
}

/** Plain-language fallbacks, shown when the server sent no usable message. */
export function defaultMessage(status: number): string {
  if (status === 400) return 'The request was not valid.';
  if (status === 401) return 'Your API key was not accepted.';
  if (status === 403) return 'You do not have access to this.';
  if (status === 404) return 'This was not found. It may have been deleted.';
  if (status === 409) return 'This conflicts with a change made elsewhere.';
  if (status === 413) return 'The request was too large.';
  if (status === 429) return 'Too many requests. Please wait a moment.';
  if (status >= 500) return 'The server had a problem. Please try again.';
  return `The request failed (HTTP ${status}).`;
}

/**
 * `Retry-After` is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). Anything else, or a
 * date in the past, counts as absent so a malformed header cannot stall retries.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}
