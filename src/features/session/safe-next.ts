import { paths } from '@/config/paths';

const BASE = 'https://brandkit.invalid';

/**
 * Where to go after signing in. `next` comes from the URL, so it is untrusted: only a path on
 * this site is accepted (no `//other.host`, no `/\other.host`, no scheme, no control characters),
 * and never the connect screen itself. Anything else goes to the brand list.
 */
export function safeNext(next: string | null): string {
  const fallback = paths.brands.href();
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(next)) return fallback;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  if (url.pathname === paths.connect.path || url.pathname.startsWith(`${paths.connect.path}/`)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
