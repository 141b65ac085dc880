import type { Context } from 'hono';

/**
 * Responses that already carry every header the app middleware would add. Hono's `c.header()`
 * after the handler re-wraps the finished response around its body (every string body became a
 * stream), and even `res.headers.set` converts @hono/node-server's plain header object into a
 * WHATWG Headers instance; the API benchmark measured both on every request. JSON answers are therefore built
 * complete by sendJson, and the middleware leaves those alone.
 */
const complete = new WeakSet<Response>();

/** The headers an app's middleware puts on every answer; set before the handler runs. */
export function setCommonHeaders(c: Context, headers: Record<string, string>): void {
  c.set('commonHeaders' as never, headers as never);
}

/** A JSON answer with the app's common headers included, so nothing has to be added afterwards. */
export function sendJson(c: Context, body: unknown, status = 200, extra?: Record<string, string>): Response {
  const common = c.get('commonHeaders' as never) as Record<string, string> | undefined;
  const res = new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...common, ...extra },
  });
  if (common) complete.add(res);
  return res;
}

/**
 * After the handler: adds the headers setCommonHeaders stored to an answer built some other way
 * (files, the SPA, the session routes), in place; a response with immutable headers (one from
 * `fetch`) is copied once. Answers from sendJson already have them and are left alone.
 */
export function applyCommonHeaders(c: Context): void {
  const headers = c.get('commonHeaders' as never) as Record<string, string> | undefined;
  const res = c.res;
  if (!headers || complete.has(res)) return;
  try {
    for (const name in headers) res.headers.set(name, headers[name]!);
  } catch {
    const copy = new Response(res.body, res);
    for (const name in headers) copy.headers.set(name, headers[name]!);
    c.res = copy;
  }
}
