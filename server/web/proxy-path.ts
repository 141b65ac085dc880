/**
 * Which request targets the proxy may forward (never an open proxy). Only `/v1/...` paths, checked both as the client
 * wrote them and after URL normalisation, so dot segments, encoded dots, slashes and backslashes,
 * empty segments (`//host` would become a new authority) and NUL never reach the upstream.
 */
type PathCheck = { ok: true; target: URL } | { ok: false; status: 400 | 404; message: string };

const BAD_ENCODINGS = /%(?:2e|2f|5c|00)/i;

function badPath(path: string): string | null {
  if (path.includes('\0')) return 'NUL in path';
  if (path.includes('\\')) return 'backslash in path';
  if (path.includes('//')) return 'empty path segment';
  if (BAD_ENCODINGS.test(path)) return 'encoded dot, slash, backslash or NUL in path';
  if (path.split('/').some((segment) => segment === '.' || segment === '..')) return 'dot segment in path';
  return null;
}

/** The path and query of a request URL exactly as received (absolute form or origin form). */
function rawPathAndQuery(url: string): string {
  const authority = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(url);
  return authority ? url.slice(authority[0].length) : url;
}

/**
 * Builds the upstream URL for a request: always `origin` + the request's own path and query. The
 * request's scheme, host and port (absolute-form request lines, Host headers) are ignored.
 */
export function forwardTarget(requestUrl: string, origin: string): PathCheck {
  const raw = rawPathAndQuery(requestUrl);
  const rawPath = raw.split(/[?#]/, 1)[0] ?? '';
  let parsed: URL;
  try {
    parsed = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400, message: 'The request path cannot be forwarded.' };
  }
  const path = parsed.pathname;
  for (const candidate of [rawPath, path]) {
    if (!candidate.startsWith('/v1/')) return { ok: false, status: 404, message: 'Only /v1/ paths are forwarded.' };
    if (badPath(candidate) !== null) return { ok: false, status: 400, message: 'The request path cannot be forwarded.' };
  }
  if (parsed.search.includes('\0')) return { ok: false, status: 400, message: 'The request path cannot be forwarded.' };
  const base = new URL(origin);
  const target = new URL(path + parsed.search, base.origin);
  // Belt and braces: whatever the path held, the target is the configured origin and the same path.
  if (target.origin !== base.origin || target.pathname !== path) {
    return { ok: false, status: 400, message: 'The request path cannot be forwarded.' };
  }
  return { ok: true, target };
}
