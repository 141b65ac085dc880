import { createTestApp } from '../../server/testing/test-app.ts';
import { createSessionStore } from '../../server/web/session-store.ts';
import { createWebApp, type WebAppOptions } from '../../server/web/web-app.ts';

interface SentRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
}

/**
 * The real web app (sessions, /v1 with the key added server-side) over the real sandbox on a
 * fresh in-memory database, behind a `fetch` that acts like a same-origin browser: one cookie
 * jar, Sec-Fetch-Site: same-origin, and aborts that reject with the signal's reason. Component
 * tests stub the global fetch with it, so they run against the server itself, not a fake API.
 */
export function startInProcessWeb(options: Partial<WebAppOptions> = {}) {
  const sandbox = createTestApp({ log: () => undefined });
  const sessions = createSessionStore();
  const web = createWebApp({
    mode: 'sandbox',
    upstream: async (req) => sandbox.app.fetch(req),
    listeningOnLoopback: true,
    sessions,
    log: () => undefined,
    logRequests: false,
    ...options,
  });
  let jar: string | undefined;
  const sent: SentRequest[] = [];

  const browserFetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const path = String(input);
    const method = init.method ?? 'GET';
    const headers = new Headers(init.headers);
    sent.push({ method, path, headers: Object.fromEntries(headers) });
    headers.set('sec-fetch-site', 'same-origin');
    if (jar) headers.set('cookie', `bks_session=${jar}`);
    // The test environment's AbortSignal is jsdom's, which Node's Request refuses: race it instead.
    const signal = init.signal ?? undefined;
    signal?.throwIfAborted();
    const answer = Promise.resolve(web.request(`http://localhost${path}`, { method, headers, body: init.body ?? null }));
    const res = signal
      ? await new Promise<Response>((resolve, reject) => {
          signal.addEventListener('abort', () => reject(signal.reason), { once: true });
          answer.then(resolve, reject);
        })
      : await answer;
    const setCookie = res.headers.get('set-cookie');
    const match = setCookie ? /bks_session=([^;]*)/.exec(setCookie) : null;
    if (match) jar = match[1] || undefined;
    return res;
  };

  return {
    fetch: browserFetch as typeof fetch,
    sandbox,
    keys: sandbox.keys,
    users: sandbox.users,
    sessions,
    /** Every request the "browser" sent, with the headers the app set (before the cookie). */
    sent,
    get cookie() {
      return jar;
    },
    /** Signs this browser in directly, as if it had used the form earlier. */
    signIn: (key: string) => browserFetch('/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ key }) }),
    close: () => sandbox.close(),
  };
}

export type InProcessWeb = ReturnType<typeof startInProcessWeb>;
