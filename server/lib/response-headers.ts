/**
 * Sets headers on a response we built ourselves, in place. Hono's `c.header()` after the handler
 * re-wraps the finished response around its body, which turns every string body into a stream
 * (B5 measured that as the largest per-request cost). Our responses have mutable headers, so a
 * direct `set` is enough; a response with immutable headers (one from `fetch`) is copied once.
 */
export function setResponseHeaders(res: Response, headers: Record<string, string>): Response {
  try {
    for (const name in headers) res.headers.set(name, headers[name]!);
    return res;
  } catch {
    const copy = new Response(res.body, res);
    for (const name in headers) copy.headers.set(name, headers[name]!);
    return copy;
  }
}
