/** Resolves same-origin candidates; never fetched, only compared. `.invalid` cannot exist (RFC 2606). */
const PROBE_ORIGIN = 'https://same-origin.invalid';

/**
 * The only gate for URLs that come from the API (untrusted): an absolute `https:` URL, or a path on
 * our own origin that starts with exactly one '/'. Everything else (javascript:, data:, blob:,
 * http:, protocol-relative `//host`, `/\host`, relative paths) returns null, and the caller
 * shows no link and a placeholder instead.
 *
 * The returned string is the parser's normalised form, so what we render is exactly what was
 * checked: a tab or newline hidden in `/\t/evil.example` cannot become `//evil.example` later.
 */
export function safeUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0) return null;

  if (value.startsWith('/')) {
    if (value[1] === '/' || value[1] === '\\') return null;
    let url: URL;
    try {
      url = new URL(value, PROBE_ORIGIN);
    } catch {
      return null;
    }
    if (url.origin !== PROBE_ORIGIN) return null;
    return `${url.pathname}${url.search}${url.hash}`;
  }

  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.hostname === '') return null;
  // `https://trusted.example@evil.example/` reads as the first host but goes to the second.
  if (url.username !== '' || url.password !== '') return null;
  return url.href;
}
