import { expect, type BrowserContext, type Page } from '@playwright/test';

interface SentRequest {
  method: string;
  url: string;
  headers: Promise<Record<string, string>>;
}

/** What the browser sent and logged: recorded from the start of a journey, scanned at its end. */
interface BrowserTraffic {
  requests: SentRequest[];
  console: string[];
}

/** Starts recording every request (URL and all headers, cookies included) and every console line. */
export function recordTraffic(page: Page): BrowserTraffic {
  const traffic: BrowserTraffic = { requests: [], console: [] };
  page.on('request', (request) => traffic.requests.push({ method: request.method(), url: request.url(), headers: request.allHeaders() }));
  page.on('console', (message) => traffic.console.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => traffic.console.push(`pageerror: ${error.message}`));
  return traffic;
}

/** Everything script on the page can read and keep: both storages, script-visible cookies, IndexedDB, Cache Storage. */
async function browserState(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const dump = (storage: Storage) => Object.fromEntries(Object.keys(storage).map((k) => [k, storage.getItem(k)]));
    const databases: Record<string, unknown> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        databases[`${info.name}/${store}`] = await new Promise((ok) => {
          const all = db.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => ok(all.result);
          all.onerror = () => ok(String(all.error));
        });
      }
      db.close();
    }
    const cached: string[] = [];
    for (const name of await caches.keys()) {
      cached.push(name, ...(await (await caches.open(name)).keys()).map((r) => r.url));
    }
    return JSON.stringify({
      localStorage: dump(localStorage),
      sessionStorage: dump(sessionStorage),
      cookie: document.cookie,
      databases,
      cached,
    });
  });
}

const ANY_KEY = /nxd_[A-Za-z0-9_-]{8,}/;

/**
 * No key in the browser: after a journey, none of `keys` (nor anything shaped like a key) is in browser storage,
 * script-readable cookies, any URL or header the browser sent, or the console; the browser sent
 * no Authorization header at all; and the session cookie is HttpOnly and SameSite=Strict.
 */
export async function expectKeysNowhere(page: Page, context: BrowserContext, traffic: BrowserTraffic, keys: string[]) {
  const places: Array<[string, string]> = [['browser storage', await browserState(page)]];
  for (const request of traffic.requests) {
    const headers = await request.headers.catch(() => ({}) as Record<string, string>);
    expect(Object.keys(headers).map((h) => h.toLowerCase()), `headers of ${request.url}`).not.toContain('authorization');
    places.push([`URL ${request.url}`, request.url], [`headers of ${request.url}`, JSON.stringify(headers)]);
  }
  places.push(['console', traffic.console.join('\n')]);
  const cookies = await context.cookies();
  places.push(['cookies', JSON.stringify(cookies)]);

  for (const [where, text] of places) {
    for (const key of keys) expect(text.includes(key), `the key in ${where}`).toBe(false);
    expect(ANY_KEY.test(text), `something key-shaped in ${where}`).toBe(false);
  }
  expect(traffic.requests.length).toBeGreaterThan(0);

  const session = cookies.find((c) => c.name === 'bks_session');
  if (session) {
    expect(session.httpOnly, 'session cookie HttpOnly').toBe(true);
    expect(session.sameSite, 'session cookie SameSite').toBe('Strict');
    expect(session.path).toBe('/');
  }
}

/** The session cookie as the browser holds it (for the flag checks and for ending it elsewhere). */
export async function sessionCookie(context: BrowserContext) {
  return (await context.cookies()).find((c) => c.name === 'bks_session');
}
