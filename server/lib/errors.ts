import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { z } from 'zod';
import { BodyAbortedError } from './read-limited.ts';
import { requestIds } from './request-ids.ts';
import { sendJson } from './response-headers.ts';
import { ERROR_CODES, type ErrorDetail, type ErrorStatus } from '../../contract/common.ts';

/** An error that maps to the contract's error envelope. */
export class ApiError extends Error {
  constructor(
    readonly status: ErrorStatus,
    message: string,
    readonly details?: ErrorDetail[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const notFound = (what = 'resource') => new ApiError(404, `The requested ${what} was not found.`);
export const forbidden = () => new ApiError(403, 'Access denied.');

export function envelope(status: ErrorStatus, message: string, extra: Partial<{ details: ErrorDetail[]; request_id: string }> = {}) {
  return { error: { code: ERROR_CODES[status], message, ...extra } };
}

function zodDetails(error: z.ZodError): ErrorDetail[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
}

export function validationError(error: z.ZodError, prefix?: string): ApiError {
  const details = zodDetails(error).map((d) => (prefix ? { ...d, path: `${prefix}.${d.path}`.replace('.(root)', '') } : d));
  return new ApiError(400, 'Request validation failed.', details);
}

/** Ids for an app that set none before failing: an error answer never carries a placeholder id. */
const fallbackIds = requestIds();

/**
 * One error handler for the whole app (the boundary): known errors to their envelope, the rest to
 * a generic 500. Every answer carries a real request id in X-Request-Id; the 500's envelope
 * repeats it, since that is the one the log is searched for.
 */
export function handleError(err: unknown, c: Context, log: (line: string) => void): Response {
  const requestId = (c.get('requestId' as never) as string | undefined) ?? fallbackIds();
  const idHeader = { 'X-Request-Id': requestId };
  if (err instanceof BodyAbortedError) {
    // The client hung up mid-body: nobody reads this answer, and it is no server fault.
    log(`client closed request_id=${requestId} before its body was complete`);
    return sendJson(c, envelope(400, err.message), 400, idHeader);
  }
  if (err instanceof ApiError) {
    // A 5xx carries its request id in the body too, injected faults included, as the real API's do.
    const body = envelope(err.status, err.message, {
      ...(err.details ? { details: err.details } : {}),
      ...(err.status >= 500 ? { request_id: requestId } : {}),
    });
    return sendJson(c, body, err.status, { ...idHeader, ...err.headers });
  }
  if (err instanceof HTTPException && err.status < 500) {
    const status = (err.status in ERROR_CODES ? err.status : 400) as ErrorStatus;
    return sendJson(c, envelope(status, err.message || 'Bad request.'), status, idHeader);
  }
  // Only the request id and the error's class go to the log: never bodies, headers or keys.
  const name = err instanceof Error ? err.name : typeof err;
  log(`error request_id=${requestId} ${name}: ${err instanceof Error ? err.message.slice(0, 200) : ''}`);
  return sendJson(c, envelope(500, 'An unexpected error occurred.', { request_id: requestId }), 500, idHeader);
}
