import { apiPaths, withQuery } from '@contract/paths';
import { earlyResponses } from '@/api/early-responses';
import { BRAND_PAGE_SIZE } from '@/api/page-sizes';
import { paths } from '@/config/paths';

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

const init: RequestInit = { credentials: 'same-origin', headers: { Accept: 'application/json' } };

/** The landing page's first brand page, exactly as the list query asks for it (brandQueries.infinite). */
export function firstBrandPageUrl(search: string): string {
  const org = new URLSearchParams(search).get('org') || undefined;
  return withQuery(apiPaths.brands.list, { limit: BRAND_PAGE_SIZE, org_id: org });
}

/** The API requests a page needs first, besides /session; only the landing route has any. */
export function earlyApiRequests(pathname: string, search: string): string[] {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return path === paths.brands.path || path === paths.root.path ? [firstBrandPageUrl(search)] : [];
}

async function isSignedIn(copy: Promise<Response>): Promise<boolean> {
  try {
    const response = await copy;
    if (!response.ok) return false;
    const body = (await response.json()) as { signed_in?: unknown } | null;
    return body?.signed_in === true;
  } catch {
    return false;
  }
}

/**
 * Starts GET /session at once and, when it says the visitor is signed in, the page's first API
 * requests, so a signed-out visitor never causes a 401. Failures are never shown from here:
 * apiFetch receives the same response (or rejection) and handles it as its own.
 */
export function startEarlyRequests(location: { pathname: string; search: string }, fetchImpl: Fetch, now = Date.now): void {
  const registry = earlyResponses();
  const session = fetchImpl('/session', init);
  // Rejections are handled by whoever takes the response; this keeps an untaken one quiet.
  session.catch(() => undefined);
  registry.set('/session', { promise: session, at: now() });
  const urls = earlyApiRequests(location.pathname, location.search);
  if (urls.length === 0) return;
  // Cloned in the first reaction to the answer, before the app can have read its body.
  const copy = session.then((response) => response.clone());
  void isSignedIn(copy).then((yes) => {
    if (!yes) return;
    for (const url of urls) {
      const promise = fetchImpl(url, init);
      promise.catch(() => undefined);
      registry.set(url, { promise, at: now() });
    }
  });
}
