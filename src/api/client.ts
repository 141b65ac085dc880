import type { z } from 'zod';
import { ErrorEnvelope, type ErrorDetail } from '@contract';
import { ApiError, CLIENT_ERROR_CODES } from './api-error';
import { defaultCode, defaultMessage, parseRetryAfter } from './error-defaults';
import { reportAnswered, reportUnreachable } from './reachability';
import { sessionSignal } from './session-reset';

export { ApiError, isApiError } from './api-error';

/** Every request has a deadline, so none hangs forever. Reads use this; asset creation passes 30 s. */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** Server messages end up in toasts; a runaway message must not fill the screen. */
const MAX_MESSAGE_LENGTH = 500;

type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

interface ApiFetchOptions<T> {
  method?: HttpMethod;
  /** Serialised as JSON; omit for requests without a body. */
  body?: unknown;
  /**
   * Contract schema for the success body. Without one the body is ignored and the promise
   * resolves to undefined (DELETE's 204). With one, a 204 is checked against it too, so an
   * empty answer where data was expected is an INVALID_RESPONSE rather than `undefined` data.
   */
  schema?: z.ZodType<T>;
  /** The caller's abort (React Query's signal). Aborting rethrows the abort reason, not ApiError. */
  signal?: AbortSignal;
  timeoutMs?: number;
}

/**
 * The one way the SPA talks to the API: same origin, JSON, a deadline, the response checked
 * against the contract, and every failure turned into an `ApiError`.
 */
export async function apiFetch<T = undefined>(path: string, options: ApiFetchOptions<T> = {}): Promise<T> {
  const { method = 'GET', body, schema, signal, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  signal?.throwIfAborted();

  // A timer plus our own controller rather than AbortSignal.timeout(): tests and the
  // Playwright clock can drive a timer, and the deadline must also cover reading the body.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('The request deadline passed.', 'TimeoutError'));
  }, timeoutMs);
  const forwardAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forwardAbort, { once: true });
  // A sign-out or key switch aborts every request in flight, like the caller's own abort: no
  // answer for the old key may land after it.
  const session = sessionSignal();
  const forwardSessionAbort = () => controller.abort(session.reason);
  session.addEventListener('abort', forwardSessionAbort, { once: true });

  const transportError = (error: unknown): unknown => {
    if (timedOut) {
      return new ApiError({
        status: 0,
        code: CLIENT_ERROR_CODES.timeout,
        message: 'The server took too long to answer.',
        cause: error,
      });
    }
    if (signal?.aborted || session.aborted) return error;
    // Could not connect at all: the app goes offline now, not at the next health poll.
    reportUnreachable();
    return new ApiError({
      status: 0,
      code: CLIENT_ERROR_CODES.network,
      message: 'Could not reach the server. Check your connection.',
      cause: error,
    });
  };

  try {
    let response: Response;
    let text: string;
    try {
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      response = await fetch(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
        signal: controller.signal,
      });
      reportAnswered();
      text = await response.text();
    } catch (error) {
      throw transportError(error);
    }
    if (!response.ok) throw httpError(response, text);
    return parseSuccess(response, text, schema);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
    session.removeEventListener('abort', forwardSessionAbort);
  }
}

function httpError(response: Response, text: string): ApiError {
  const envelope = ErrorEnvelope.safeParse(tryJson(text));
  // A proxy's HTML page or a body that is not the envelope still yields a typed error by status.
  const error: ErrorEnvelope['error'] = envelope.success ? envelope.data.error : {};
  return new ApiError({
    status: response.status,
    code: error.code || defaultCode(response.status),
    message: truncate(error.message || defaultMessage(response.status)),
    details: error.details ?? [],
    requestId: error.request_id ?? response.headers.get('x-request-id'),
    retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
  });
}

function parseSuccess<T>(response: Response, text: string, schema: z.ZodType<T> | undefined): T {
  if (!schema) return undefined as T;
  let value: unknown = undefined;
  if (response.status !== 204) {
    value = tryJson(text);
    if (value === NOT_JSON) throw invalidResponse(response, 'The server answered with something other than JSON.');
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const details: ErrorDetail[] = result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    }));
    throw invalidResponse(response, 'The server answered in an unexpected format.', details);
  }
  return result.data;
}

function invalidResponse(response: Response, message: string, details: ErrorDetail[] = []): ApiError {
  return new ApiError({
    status: response.status,
    code: CLIENT_ERROR_CODES.invalidResponse,
    message,
    details,
    requestId: response.headers.get('x-request-id'),
  });
}

const NOT_JSON = Symbol('not-json');

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
}

function truncate(message: string): string {
  return message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : message;
}
