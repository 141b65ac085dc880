import { ERROR_CODES } from '../../contract/common.ts';
import { scrubbedLog } from '../lib/logging.ts';
import { forwardTarget } from './proxy-path.ts';
import { readLimited } from '../lib/read-limited.ts';
import { streamUntil } from './proxy-streams.ts';
import type { Upstream } from './web-context.ts';

interface UpstreamProxyOptions {
  /** NEXTDOCS_API_URL; only its origin is used. */
  origin: string;
  /** One deadline for the whole upstream exchange, response body included. */
  timeoutMs?: number;
  maxBodyBytes?: number;
  log?: (line: string) => void;
}

const PROXY_TIMEOUT_MS = 30_000;
const PROXY_MAX_BODY_BYTES = 64 * 1024;
const REQUEST_HEADERS = ['authorization', 'content-type', 'accept'];
const RESPONSE_HEADERS = ['content-type', 'retry-after', 'x-request-id', 'etag', 'last-modified'];
const FORWARDED_RESPONSE_PREFIXES = ['x-ratelimit-', 'ratelimit-'];
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']);
const JSON_TYPE = /^application\/(?:[\w.+-]*\+)?json\s*(;|$)/i;
const MAX_ERROR_BODY = 256 * 1024;

/** An error envelope from the proxy itself. */
function proxyError(status: number, message: string, extra: Record<string, string> = {}): Response {
  const code = (ERROR_CODES as Record<number, string>)[status] ?? 'UPSTREAM_ERROR';
  return new Response(JSON.stringify({ error: { code, message } }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...extra },
  });
}

function pickResponseHeaders(res: Response): Headers {
  const headers = new Headers();
  res.headers.forEach((value, name) => {
    if (RESPONSE_HEADERS.includes(name) || FORWARDED_RESPONSE_PREFIXES.some((p) => name.startsWith(p)))
      headers.set(name, value);
  });
  return headers;
}

function networkCause(err: unknown): string {
  const cause = (err as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === 'string' ? cause.code : err instanceof Error ? err.name : 'error';
}

/**
 * Proxy mode: forwards `/v1/*` to exactly one origin and answers every upstream failure
 * with the contract's JSON envelope: 502 for refused, reset or HTML answers, 504 past the deadline.
 * Upstream bodies are only ever JSON (or empty) on this origin: never upstream HTML.
 */
export function createUpstreamProxy(options: UpstreamProxyOptions): Upstream {
  const origin = new URL(options.origin);
  if (origin.protocol !== 'https:' && origin.protocol !== 'http:')
    throw new Error('The upstream must be an http(s) URL.');
  const timeoutMs = options.timeoutMs ?? PROXY_TIMEOUT_MS;
  const maxBody = options.maxBodyBytes ?? PROXY_MAX_BODY_BYTES;
  const log = scrubbedLog(options.log);

  return async (req) => {
    const checked = forwardTarget(req.url, origin.origin);
    if (!checked.ok) return proxyError(checked.status, checked.message);
    if (!METHODS.has(req.method)) return proxyError(400, 'This method is not forwarded.');
    const label = `${req.method} ${checked.target.pathname}`;

    let body: Uint8Array | undefined;
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.body) {
      const tooLarge = () => proxyError(413, `JSON bodies are limited to ${maxBody / 1024} KB.`);
      if (Number(req.headers.get('content-length') ?? '0') > maxBody) return tooLarge();
      const read = await readLimited(req.body, maxBody);
      if (read === null) return tooLarge();
      body = read;
    }
    const headers = new Headers();
    for (const name of REQUEST_HEADERS) {
      const value = req.headers.get(name);
      if (value !== null) headers.set(name, value);
    }

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const stop = () => clearTimeout(timer);
    const onClientGone = () => controller.abort();
    req.signal?.addEventListener('abort', onClientGone, { once: true });
    const finish = () => {
      stop();
      req.signal?.removeEventListener('abort', onClientGone);
    };

    let res: Response;
    try {
      res = await fetch(checked.target, {
        method: req.method,
        headers,
        body,
        signal: controller.signal,
        redirect: 'manual',
      });
    } catch (err) {
      finish();
      if (timedOut) {
        log(`proxy ${label} upstream timed out after ${timeoutMs}ms`);
        return proxyError(504, 'The API did not answer in time.');
      }
      log(`proxy ${label} upstream unreachable (${networkCause(err)})`);
      return proxyError(502, 'The API could not be reached.');
    }

    const type = res.headers.get('content-type') ?? '';
    const json = JSON_TYPE.test(type.trim());
    const out = pickResponseHeaders(res);
    const discard = () => {
      finish();
      res.body?.cancel().catch(() => undefined);
    };

    if (res.status >= 300 && res.status < 400) {
      discard();
      log(`proxy ${label} upstream redirected (${res.status}); not followed`);
      return proxyError(502, 'The API answered with a redirect.');
    }
    if (res.status >= 500) {
      // A JSON error envelope passes through; anything else (a gateway's HTML page) becomes ours.
      const text = json && res.body ? await readLimited(res.body, MAX_ERROR_BODY).catch(() => null) : null;
      finish();
      if (text === null) res.body?.cancel().catch(() => undefined);
      if (text !== null && isEnvelope(text)) return new Response(text, { status: res.status, headers: out });
      log(`proxy ${label} upstream ${res.status} without a JSON envelope`);
      if (timedOut) return proxyError(504, 'The API did not answer in time.');
      return proxyError(502, 'The API failed to answer properly.', retryAfter(res));
    }
    const empty =
      res.body === null || res.status === 204 || req.method === 'HEAD' || res.headers.get('content-length') === '0';
    if (!json && !empty) {
      discard();
      log(`proxy ${label} upstream ${res.status} with a non-JSON body`);
      if (res.status >= 400) return proxyError(res.status, `The API answered ${res.status}.`, retryAfter(res));
      return proxyError(502, 'The API answered with something other than JSON.');
    }
    if (empty) {
      discard();
      return new Response(null, { status: res.status, headers: out });
    }
    const streamed = streamUntil(res.body!, finish, (reason) => {
      controller.abort();
      log(`proxy ${label} response body ended early (${timedOut ? 'deadline' : reason})`);
    });
    return new Response(streamed, { status: res.status, headers: out });
  };
}

function retryAfter(res: Response): Record<string, string> {
  const value = res.headers.get('retry-after');
  return value === null ? {} : { 'retry-after': value };
}

function isEnvelope(text: Uint8Array): boolean {
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(text));
    const error = (value as { error?: unknown } | null)?.error;
    return typeof error === 'object' && error !== null && !Array.isArray(error);
  } catch {
    return false;
  }
}
