import { apiPaths, BrandList, withQuery } from '@contract';
import { apiFetch } from './client';

/**
 * The landing page's first request, started by the /brands route loader while the session gate
 * and the page's code are still loading, instead of after them (B2: it takes a round trip off the
 * path to the first card). The list query takes the answer for its first page if it is young
 * enough; otherwise, or if nobody asks, it is dropped and the query fetches as usual.
 *
 * It only asks for brands once GET /session says the visitor is signed in, so a signed-out
 * visitor never causes a 401, and an early failure of any kind is never shown: the query then
 * simply fetches again itself.
 */
const MAX_AGE_MS = 10_000;
const SESSION_DEADLINE_MS = 5_000;
const early = new Map<string, { promise: Promise<BrandList | null>; at: number }>();
let used = false;

export const firstBrandPageUrl = (org: string | undefined, limit: number) =>
  withQuery(apiPaths.brands.list, { limit, org_id: org });

/** GET /session (the server's own endpoint: always 200, `signed_in` true or false). */
async function signedIn(): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), SESSION_DEADLINE_MS);
  try {
    const response = await fetch('/session', {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      signal: controller.signal,
    });
    if (!response.ok) return false;
    const body = (await response.json()) as { signed_in?: unknown } | null;
    return body?.signed_in === true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Only for the first page load of the tab: later visits have the list cached already. */
export function startFirstBrandPage(org: string | undefined, limit: number): void {
  // A server render (src/entry-server.tsx) already holds the first page it fetched itself.
  if (used || typeof document === 'undefined') return;
  used = true;
  const url = firstBrandPageUrl(org, limit);
  const promise = signedIn()
    .then((yes) => (yes ? apiFetch(url, { schema: BrandList }) : null))
    .catch(() => null);
  early.set(url, { promise, at: Date.now() });
}

/** The early answer for this first page, once, if it is still fresh; null means "fetch it yourself". */
export function takeFirstBrandPage(url: string): Promise<BrandList | null> | null {
  const entry = early.get(url);
  if (!entry) return null;
  early.delete(url);
  return Date.now() - entry.at <= MAX_AGE_MS ? entry.promise : null;
}
