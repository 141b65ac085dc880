import type { Context } from 'hono';
import { envelope } from '../lib/errors.ts';

export const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Same origin only: a request the server authenticates on the browser's behalf (cookie or server key) must come
 * from this origin. Sec-Fetch-Site is set by the browser and cannot be forged by a page; browsers
 * that do not send it still send Origin on unsafe requests. Neither header means a non-browser client.
 */
export function isCrossSite(req: Request, ownOrigins: readonly string[]): boolean {
  const site = req.headers.get('sec-fetch-site');
  if (site !== null) return !(site === 'same-origin' || site === 'none');
  const origin = req.headers.get('origin');
  if (origin === null) return false;
  return !ownOrigins.includes(origin);
}

/** The origins this server answers as: the one the request was addressed to, plus PUBLIC_URL's. */
export function ownOrigins(req: Request, publicOrigin?: string): string[] {
  const origins = [new URL(req.url).origin];
  if (publicOrigin) origins.push(publicOrigin);
  return origins;
}

export function crossSiteRefusal(c: Context): Response {
  return c.json(envelope(403, 'Cross-site requests are not accepted.'), 403);
}

const JSON_TYPE = /^application\/json\s*(;|$)/i;

/** True when the request carries a body (declared or chunked). */
function hasBody(req: Request): boolean {
  const length = req.headers.get('content-length');
  if (length !== null) return Number(length) > 0;
  return req.headers.has('transfer-encoding');
}

/**
 * Any declared type but JSON (a form post, a `no-cors` text/plain fetch) is refused with 415, and
 * so is a body without a type; a bodiless request (DELETE, the demo sign-in) needs none.
 */
export function isJsonOrEmpty(req: Request): boolean {
  const type = req.headers.get('content-type');
  if (type !== null) return JSON_TYPE.test(type.trim());
  return !hasBody(req);
}

export function unsupportedMediaType(c: Context): Response {
  return c.json(envelope(415, 'Request bodies must be sent with Content-Type: application/json.'), 415);
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Whether a listen address (HOST) only accepts connections from this machine. */
export function isLoopbackAddress(host: string): boolean {
  const h = host.toLowerCase();
  return LOOPBACK_NAMES.has(h) || /^127(?:\.\d{1,3}){3}$/.test(h);
}

/**
 * DNS rebinding: a page on evil.example whose name resolves to 127.0.0.1 is "same-origin" with
 * itself, so while the server listens on loopback (and may sign visitors in with a server key)
 * it only answers requests addressed to a loopback name or to PUBLIC_URL's host.
 */
export function isAllowedHost(requestUrl: string, publicOrigin?: string): boolean {
  const url = new URL(requestUrl);
  const hostname = url.hostname.toLowerCase();
  if (isLoopbackAddress(hostname) || hostname.endsWith('.localhost')) return true;
  return publicOrigin !== undefined && url.host === new URL(publicOrigin).host;
}
