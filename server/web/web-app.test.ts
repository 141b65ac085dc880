// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { revokeKeysWithLabel } from '../lib/keys.ts';
import { createWebApp } from './web-app.ts';
import { capturedLogs, webHarness } from './web-test-helpers.ts';

const harnesses: ReturnType<typeof webHarness>[] = [];
const everyHarness: ReturnType<typeof webHarness>[] = [];
const testKeys: string[] = [];
function setup(...args: Parameters<typeof webHarness>) {
  const h = webHarness(...args);
  harnesses.push(h);
  everyHarness.push(h);
  testKeys.push(h.keys.a, h.keys.b);
  return h;
}
afterEach(() => {
  while (harnesses.length) harnesses.pop()!.close();
});
const BRAND = { name: 'Cookie brand', theme_id: 'forest' };
const brandCount = (t: ReturnType<typeof setup>) => (t.sandbox.db.prepare('SELECT count(*) AS n FROM brands').get() as { n: number }).n;

describe('/v1 through the web app', () => {
  it('adds the key from the session: the browser sends only the cookie', async () => {
    const t = setup();
    await t.signIn(t.keys.a);
    const me = await t.call('GET', '/v1/me');
    expect(me.status).toBe(200);
    expect(me.json.id).toBe(t.users.a);
    expect(me.headers.get('cache-control')).toBe('no-store');
    const created = await t.call('POST', '/v1/brands', { body: BRAND });
    expect(created.status).toBe(201);
    const list = await t.call('GET', '/v1/brands');
    expect(list.json.data.map((b: { name: string }) => b.name)).toEqual(['Cookie brand']);
  });

  it('answers 401 without a session, and 401 with an envelope for a stale cookie', async () => {
    const t = setup();
    const none = await t.call('GET', '/v1/brands');
    expect(none.status).toBe(401);
    expect(none.json.error.code).toBe('UNAUTHORIZED');
    const stale = await t.call('GET', '/v1/brands', { cookie: 'A'.repeat(43) });
    expect(stale.status).toBe(401);
    expect(stale.cookie).toBe('');
  });

  it('passes requests that carry Authorization through unchanged (API clients)', async () => {
    const t = setup();
    await t.signIn(t.keys.a);
    const asB = await t.call('GET', '/v1/me', { headers: { authorization: `Bearer ${t.keys.b}` } });
    expect(asB.json.id).toBe(t.users.b);
    const bad = await t.call('GET', '/v1/me', { headers: { authorization: 'Bearer nxd_wrongwrongwrong' } });
    expect(bad.status).toBe(401);
    // An API client's 401 is not the session's: the session stays.
    expect((await t.call('GET', '/session')).json.signed_in).toBe(true);
  });

  it('refuses cross-site writes made with the cookie (Sec-Fetch-Site, then Origin)', async () => {
    const t = setup();
    await t.signIn(t.keys.a);
    const cases: Record<string, string>[] = [
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { 'sec-fetch-site': '', origin: 'https://evil.example' },
      { 'sec-fetch-site': '', origin: 'null' },
    ];
    for (const headers of cases) {
      for (const method of ['POST', 'PATCH', 'PUT', 'DELETE']) {
        const res = await t.call(method, '/v1/brands', { body: BRAND, headers });
        expect(res.status, `${method} ${JSON.stringify(headers)}`).toBe(403);
        expect(res.headers.get('access-control-allow-origin')).toBeNull();
      }
    }
    expect(brandCount(t)).toBe(0);
    // Same origin by Origin alone (a browser without Sec-Fetch-Site) and a direct navigation ('none') pass.
    expect((await t.call('POST', '/v1/brands', { body: BRAND, headers: { 'sec-fetch-site': '', origin: 'http://localhost' } })).status).toBe(201);
    expect((await t.call('POST', '/v1/brands', { body: BRAND, headers: { 'sec-fetch-site': 'none', origin: '' } })).status).toBe(201);
    expect(brandCount(t)).toBe(2);
  });

  it('negative controls: with a guard switched off, its test would fail', async () => {
    const open = setup({ guards: { sameOrigin: false } });
    await open.signIn(open.keys.a);
    const forged = await open.call('POST', '/v1/brands', { body: BRAND, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(forged.status).toBe(201);
    expect(brandCount(open)).toBe(1);
    const rebindable = setup({ fixedKey: open.keys.a, upstream: async (req) => open.sandbox.app.fetch(req), guards: { loopbackHost: false } });
    expect((await rebindable.call('GET', '/v1/me', { base: 'http://evil.example:5173' })).status).toBe(200);
  });

  it('leaves 415 for non-JSON bodies to the sandbox', async () => {
    const t = setup();
    await t.signIn(t.keys.a);
    const res = await t.call('POST', '/v1/brands', { body: JSON.stringify(BRAND), headers: { 'content-type': 'text/plain' } });
    expect(res.status).toBe(415);
    expect(brandCount(t)).toBe(0);
  });

  it('drops the session when the upstream answers 401 for its key', async () => {
    const t = setup();
    await t.signIn(t.keys.a);
    const cookie = t.jar;
    revokeKeysWithLabel(t.sandbox.db, t.users.a, 'test', new Date().toISOString());
    const res = await t.call('GET', '/v1/brands');
    expect(res.status).toBe(401);
    expect(res.cookie).toBe('');
    expect((await t.call('GET', '/session', { cookie })).json).toMatchObject({ signed_in: false, reason: 'expired' });
  });
});

describe('other routes and headers', () => {
  it('forwards /health, /v1/health and /files in sandbox mode; answers /health itself in proxy mode', async () => {
    const t = setup();
    expect((await t.call('GET', '/health')).json).toMatchObject({ ok: true, service: 'nextdocs-sandbox' });
    expect((await t.call('GET', '/v1/health')).json).toMatchObject({ ok: true });
    t.sandbox.files.put('pixel.png', new Uint8Array([137, 80, 78, 71]));
    const file = await t.call('GET', '/files/pixel.png');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('cache-control')).toContain('immutable');

    const proxy = setup({ mode: 'proxy', clock: { now: () => 1234 } });
    expect((await proxy.call('GET', '/health')).json).toEqual({ ok: true, service: 'brandkit-proxy', timestamp: 1234 });
    expect((await proxy.call('GET', '/files/pixel.png')).status).toBe(404);
  });

  it('serves the SPA when given a dist dir, with the API prefixes left alone', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'bks-dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Brandkit</title>');
    const t = setup({ distDir: dist });
    const page = await t.call('GET', '/brands/anything');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<title>Brandkit</title>');
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect((await t.call('GET', '/session')).json.signed_in).toBe(false);
    expect((await t.call('GET', '/v1/nothing')).status).toBe(401);
    expect(page.headers.get('content-security-policy')).toContain("img-src 'self';");
    expect(page.text).not.toContain('brandkit-asset-origins');

    // Asset origins (proxy mode: the API's, or ASSET_ORIGINS) reach the CSP and the page, exactly.
    writeFileSync(join(dist, 'index.html'), '<!doctype html><head><title>Brandkit</title></head>');
    const proxied = setup({ distDir: dist, mode: 'proxy', assetOrigins: ['https://cdn.example'] });
    const withOrigins = await proxied.call('GET', '/assets');
    const csp = withOrigins.headers.get('content-security-policy')!;
    expect(csp).toContain("img-src 'self' https://cdn.example;");
    expect(csp).toContain("media-src 'self' https://cdn.example;");
    expect(csp).toContain("connect-src 'self';");
    expect(withOrigins.text).toContain('<meta name="brandkit-asset-origins" content="https://cdn.example"></head>');
  });

  it('answers only loopback host names while listening on loopback (DNS rebinding)', async () => {
    const t = setup({ fixedKey: 'nxd_aaaaaaaaaaaaaaaaaaaa' });
    const rebound = await t.call('GET', '/v1/me', { base: 'http://evil.example:5173' });
    expect(rebound.status).toBe(403);
    for (const base of ['http://127.0.0.1:5173', 'http://localhost', 'http://[::1]:8080', 'http://app.localhost']) {
      expect((await t.call('GET', '/health', { base })).status, base).toBe(200);
    }
    const published = setup({ publicUrl: 'https://brandkit.example' });
    expect((await published.call('GET', '/health', { base: 'https://brandkit.example' })).status).toBe(200);
    const exposed = setup({ listeningOnLoopback: false });
    expect((await exposed.call('GET', '/health', { base: 'http://brandkit.lan' })).status).toBe(200);
  });

  it('never sends CORS headers, even when the upstream does', async () => {
    const web = createWebApp({
      mode: 'proxy',
      listeningOnLoopback: true,
      log: (line) => capturedLogs.push(line),
      upstream: async () =>
        new Response('{"ok":true}', {
          headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*', 'set-cookie': 'up=1' },
        }),
    });
    const res = await web.request('http://localhost/v1/health', { headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('set-cookie')).toBeNull();
    const preflight = await web.request('http://localhost/v1/brands', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});

afterAll(() => {
  // Cross-origin safety: no response of this file's run carried CORS headers; /v1 and /session were no-store.
  const answers = everyHarness.flatMap((h) => h.answers);
  expect(answers.length).toBeGreaterThan(40);
  for (const answer of answers) expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  expect(capturedLogs.length).toBeGreaterThan(0);
  for (const line of capturedLogs) {
    expect(line).not.toContain('nxd_');
    for (const key of testKeys) expect(line).not.toContain(key);
  }
});
