import { pageOrigin } from '@/lib/page-origin';
import { safeUrl } from '@/lib/safe-url';

/**
 * Origins besides the page's that the server's CSP allows for images and media (its
 * ASSET_ORIGINS, told in GET /session; in proxy mode the API's own origin by default). Set when the
 * session answers; the same for every visitor of one server, so one module-level value is right.
 */
let allowedOrigins: readonly string[] | null = null;

export function setAssetOrigins(origins: readonly string[] | undefined): void {
  allowedOrigins = (origins ?? []).filter((o) => /^https?:\/\/[^/]+$/i.test(o));
}

// A hydrated page never runs the session query's function, so the server also writes the list
// into the page (<meta name="brandkit-asset-origins">), read once here.
function allowed(): readonly string[] {
  if (allowedOrigins === null && typeof document !== 'undefined') {
    const meta = document.querySelector('meta[name="brandkit-asset-origins"]')?.getAttribute('content');
    setAssetOrigins(meta ? meta.split(' ').filter(Boolean) : []);
  }
  return allowedOrigins ?? [];
}

/**
 * Where an asset's bytes may be loaded from. The CSP allows images and media from our own
 * origin and the configured asset origins only, so an API URL on this origin (the sandbox answers
 * with absolute URLs such as http://127.0.0.1:5173/files/x.png) becomes a same-origin path, one on
 * an allowed origin stays as it is, and anything else gets a placeholder: loading it would be
 * refused anyway, and a refused load is a CSP violation (we allow none).
 */
export function assetMediaSrc(url: unknown, origin: string = pageOrigin()): string | null {
  if (typeof url !== 'string') return null;
  let parsed: URL;
  try {
    parsed = new URL(url, origin);
  } catch {
    return null;
  }
  // Relative forms (`../../v1/me`, `files/x`) are not a URL the API promised: refuse them.
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('/')) return null;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.origin === origin) return safeUrl(`${parsed.pathname}${parsed.search}`);
  return allowed().includes(parsed.origin) ? parsed.href : null;
}

/**
 * A link to open the original: our own origin as a path, or an absolute https: URL elsewhere
 * (opened with rel="noopener noreferrer"). Everything else (javascript:, data:, http: on
 * another host, protocol-relative) is no link at all: API URLs are untrusted.
 */
export function assetLinkHref(url: unknown, origin: string = pageOrigin()): string | null {
  return assetMediaSrc(url, origin) ?? safeUrl(url);
}
