// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sessionTestSetup } from './session-test-setup.ts';

const { setup } = sessionTestSetup();

describe('POST /session', () => {
  it('checks the key against /v1/me and sets an HttpOnly, SameSite=Strict session cookie', async () => {
    const t = setup();
    const res = await t.signIn(t.keys.a);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ mode: 'sandbox', user: { object: 'user', id: t.users.a, email: 'a@example.test' } });
    expect(res.cookie).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const flags = res.setCookie!.split(';').map((s) => s.trim());
    expect(flags).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/']));
    expect(flags).not.toContain('Secure');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.text).not.toContain(t.keys.a);
    expect(res.setCookie).not.toContain(t.keys.a);
  });

  it('answers 401 for a well-formed key the API does not accept, without a cookie', async () => {
    const t = setup();
    const unknown = 'nxd_unknownunknownunknown123';
    const res = await t.signIn(unknown);
    expect(res.status).toBe(401);
    expect(res.json.error).toEqual({ code: 'UNAUTHORIZED', message: 'The API key was not accepted.' });
    expect(res.setCookie).toBeNull();
    expect(res.text).not.toContain(unknown);
  });

  it.each([
    ['not a key', { key: 'secret-but-malformed-value' }],
    ['a number', { key: 42 }],
    ['an extra field', { key: 'nxd_aaaaaaaaaaaaaaaa', remember: true }],
    ['no key', {}],
  ])('answers 400 for %s, never echoing the value', async (_name, body) => {
    const t = setup();
    const res = await t.call('POST', '/session', { body });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('VALIDATION_ERROR');
    expect(res.text).not.toContain('secret-but-malformed-value');
    expect(res.setCookie).toBeNull();
  });

  it('refuses non-JSON bodies with 415 and cross-site posts with 403', async () => {
    const t = setup();
    const plain = await t.call('POST', '/session', { body: `{"key":"${t.keys.a}"}`, headers: { 'content-type': 'text/plain' } });
    expect(plain.status).toBe(415);
    const form = await t.call('POST', '/session', { body: `key=${t.keys.a}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.status).toBe(415);
    const crossSite = await t.call('POST', '/session', { body: { key: t.keys.a }, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
    expect(crossSite.json.error.code).toBe('FORBIDDEN');
    const sameSite = await t.call('POST', '/session', { body: { key: t.keys.a }, headers: { 'sec-fetch-site': 'same-site' } });
    expect(sameSite.status).toBe(403);
    const foreignOrigin = await t.call('POST', '/session', {
      body: { key: t.keys.a },
      headers: { 'sec-fetch-site': '', origin: 'https://evil.example' },
    });
    expect(foreignOrigin.status).toBe(403);
    expect([plain, form, crossSite, sameSite, foreignOrigin].every((r) => r.setCookie === null)).toBe(true);
  });
});

describe('GET and DELETE /session', () => {
  it('reports who is signed in, then forgets the session on DELETE', async () => {
    const t = setup();
    expect((await t.call('GET', '/session')).json).toEqual({ signed_in: false, mode: 'sandbox', demo_available: false });
    await t.signIn(t.keys.a);
    const cookie = t.jar!;
    const state = await t.call('GET', '/session');
    expect(state.status).toBe(200);
    expect(state.json).toMatchObject({ signed_in: true, mode: 'sandbox', demo_available: false, user: { id: t.users.a } });
    expect(state.text).not.toContain(t.keys.a);
    expect(state.headers.get('cache-control')).toBe('no-store');

    const out = await t.call('DELETE', '/session');
    expect(out.status).toBe(204);
    expect(out.cookie).toBe('');
    expect(out.setCookie).toMatch(/Max-Age=0/);
    // The old cookie no longer names anything.
    const after = await t.call('GET', '/session', { cookie });
    expect(after.json).toEqual({ signed_in: false, mode: 'sandbox', demo_available: false, reason: 'expired' });
    expect(after.cookie).toBe('');
    expect((await t.call('GET', '/v1/me', { cookie })).status).toBe(401);
  });

  it('refuses a cross-site DELETE and keeps the session', async () => {
    const t = setup();
    await t.signIn(t.keys.a);
    expect((await t.call('DELETE', '/session', { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    expect((await t.call('GET', '/session')).json.signed_in).toBe(true);
  });

  it('ends sessions after 2 h idle and 12 h in all', async () => {
    let now = Date.parse('2026-03-01T12:00:00Z');
    const t = setup({ clock: { now: () => now } });
    await t.signIn(t.keys.a);
    now += 119 * 60_000;
    expect((await t.call('GET', '/session')).json.signed_in).toBe(true);
    now += 121 * 60_000;
    expect((await t.call('GET', '/session')).json).toMatchObject({ signed_in: false, reason: 'expired' });
    await t.signIn(t.keys.a);
    for (let i = 0; i < 11; i++) {
      now += 60 * 60_000;
      expect((await t.call('GET', '/session')).json.signed_in).toBe(true);
    }
    now += 60 * 60_000;
    expect((await t.call('GET', '/session')).json).toMatchObject({ signed_in: false, reason: 'expired' });
  });

  it('issues a new id on every sign-in and forgets the previous one', async () => {
    const t = setup();
    const first = (await t.signIn(t.keys.a)).cookie!;
    const second = (await t.signIn(t.keys.b)).cookie!;
    expect(second).not.toBe(first);
    expect((await t.call('GET', '/session', { cookie: first })).json.signed_in).toBe(false);
    expect((await t.call('GET', '/session', { cookie: second })).json.user.id).toBe(t.users.b);
  });
});

describe('server key (NEXTDOCS_API_KEY) and demo sign-in', () => {
  it('signs in every visitor without a session with the fixed key', async () => {
    const probe = setup();
    const t = setup({ fixedKey: probe.keys.a, upstream: async (req) => probe.sandbox.app.fetch(req) });
    const state = await t.call('GET', '/session');
    expect(state.json).toMatchObject({ signed_in: true, server_key: true, user: { id: probe.users.a } });
    expect(state.text).not.toContain(probe.keys.a);
    expect((await t.call('GET', '/v1/me')).json.id).toBe(probe.users.a);
    // Cross-site writes are refused just the same: the server key is ambient authority too.
    const forged = await t.call('POST', '/v1/brands', { body: { name: 'x', theme_id: 'forest' }, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(forged.status).toBe(403);
    // A visitor may still sign in with their own key, which then takes precedence.
    await t.signIn(probe.keys.b);
    expect((await t.call('GET', '/v1/me')).json.id).toBe(probe.users.b);
  });

  it('reports a fixed key the API rejects', async () => {
    const t = setup({ fixedKey: 'nxd_notknowntothesandbox' });
    expect((await t.call('GET', '/session')).json).toEqual({
      signed_in: false,
      mode: 'sandbox',
      demo_available: false,
      reason: 'server_key_rejected',
    });
    expect((await t.call('GET', '/v1/me')).status).toBe(401);
  });

  it('offers the demo sign-in only in sandbox mode on loopback', async () => {
    const t = setup({ demoKey: 'placeholder' });
    const demo = setup({ demoKey: t.keys.b, upstream: async (req) => t.sandbox.app.fetch(req) });
    expect((await demo.call('GET', '/session')).json.demo_available).toBe(true);
    const res = await demo.call('POST', '/session/demo');
    expect(res.status).toBe(200);
    expect(res.json.user.id).toBe(t.users.b);
    expect(res.text).not.toContain(t.keys.b);
    expect((await demo.call('GET', '/v1/me')).json.id).toBe(t.users.b);

    const exposed = setup({ demoKey: t.keys.b, listeningOnLoopback: false, upstream: async (req) => t.sandbox.app.fetch(req) });
    expect((await exposed.call('GET', '/session')).json.demo_available).toBe(false);
    expect((await exposed.call('POST', '/session/demo')).status).toBe(403);
    const proxy = setup({ mode: 'proxy', demoKey: t.keys.b, upstream: async (req) => t.sandbox.app.fetch(req) });
    expect((await proxy.call('POST', '/session/demo')).status).toBe(404);
    expect((await setup().call('POST', '/session/demo')).status).toBe(404);
    expect((await demo.call('POST', '/session/demo', { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    expect((await demo.call('POST', '/session/demo', { body: 'x', headers: { 'content-type': 'text/plain' } })).status).toBe(415);
  });
});

describe('asset origins', () => {
  it('tells the client the asset origins its CSP allows, and only when there are some', async () => {
    expect((await setup().call('GET', '/session')).json.asset_origins).toBeUndefined();
    const res = await setup({ assetOrigins: ['https://cdn.example'] }).call('GET', '/session');
    expect(res.json.asset_origins).toEqual(['https://cdn.example']);
  });
});
