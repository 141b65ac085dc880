import type { ErrorDetail } from '@contract';

/**
 * Codes the client itself produces when there is no HTTP answer to report. `code` stays an open
 * string: the real API may send codes the sandbox never does (the API notes, where the public
 * docs are silent), so callers branch on `status` first and treat `code` as a hint.
 */
export const CLIENT_ERROR_CODES = {
  network: 'NETWORK_ERROR',
  timeout: 'TIMEOUT',
  invalidResponse: 'INVALID_RESPONSE',
} as const;

interface ApiErrorInit {
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
