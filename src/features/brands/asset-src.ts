import { safeUrl } from '@/lib/safe-url';

/**
 * Where an asset's bytes may be loaded from. The CSP allows images from our own origin only,
 * so an API url on this origin (the sandbox answers `http://127.0.0.1:PORT/files/x.png`) becomes
 * a same-origin path, and anything else gets a placeholder: loading it would be refused anyway,
 * and a refused load counts as a CSP violation (A5). Same rule as the asset library's
 * assetMediaSrc; features may not import each other, so a shared copy belongs in src/lib.
 */
export function assetSrc(url: unknown, origin: string = window.location.origin): string | null {
  if (typeof url !== 'string') return null;
  // Only absolute http(s) URLs or root paths: relative forms are not what the API promises.
  if (!/^https?:\/\//i.test(url) && !url.startsWith('/')) return null;
  let parsed: URL;
  try {
    parsed = new URL(url, origin);
  } catch {
    return null;
  }
  if (parsed.origin !== origin) return null;
  return safeUrl(`${parsed.pathname}${parsed.search}`);
}
