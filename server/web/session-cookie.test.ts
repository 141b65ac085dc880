// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sessionTestSetup } from './session-test-setup.ts';

// The session cookie through the real web app and sandbox: its name and flags, and which name is read.
const { setup } = sessionTestSetup();

const HOST_COOKIE = /^__Host-bks_session=([A-Za-z0-9_-]{43});/;
const PLAIN_COOKIE = /^bks_session=([A-Za-z0-9_-]{43});/;

describe('the cookie name and Secure flag', () => {
  const flags = (setCookie: string | null) => (setCookie ?? '').split(';').map((s) => s.trim());

  it('over plain http: bks_session, not Secure, and X-Forwarded-Proto is ignored unless the proxy is trusted', async () => {
    const t = setup();
    for (const headers of [{}, { 'x-forwarded-proto': 'https' }] as Record<string, string>[]) {
      const res = await t.call('POST', '/session', { body: { key: t.keys.a }, headers, cookie: null });
      const id = PLAIN_COOKIE.exec(res.setCookie ?? '')?.[1];
      expect(id).toBeDefined();
      expect(flags(res.setCookie)).not.toContain('Secure');
      const state = await t.call('GET', '/session', { cookie: null, headers: { ...headers, cookie: `bks_session=${id}` } });
      expect(state.json).toMatchObject({ signed_in: true, user: { id: t.users.a } });
    }
  });

  it.each([
    ['a trusted proxy says https', { trustProxy: true }, 'http://localhost', { 'x-forwarded-proto': 'https' }],
    ['the request is https', {}, 'https://localhost', { origin: 'https://localhost' }],
    ['SESSION_COOKIE_SECURE=1', { secureCookies: true }, 'http://localhost', {}],
  ])('when %s: __Host-bks_session; Secure; Path=/, found under that name only', async (_name, options, base, headers) => {
    const t = setup(options);
    const res = await t.call('POST', '/session', { body: { key: t.keys.a }, base, headers, cookie: null });
    expect(res.status).toBe(200);
    const id = HOST_COOKIE.exec(res.setCookie ?? '')?.[1];
    expect(id).toBeDefined();
    expect(flags(res.setCookie)).toEqual(expect.arrayContaining(['Secure', 'Path=/', 'HttpOnly', 'SameSite=Strict']));
    expect(res.setCookie).not.toMatch(/Domain=/i);
    const get = (cookie: string) => t.call('GET', '/session', { base, cookie: null, headers: { ...headers, cookie } });
    expect((await get(`__Host-bks_session=${id}`)).json).toMatchObject({ signed_in: true, user: { id: t.users.a } });
    // The plain name could have been planted over http or by a sibling subdomain: it names nothing here.
    expect((await get(`bks_session=${id}`)).json.signed_in).toBe(false);
    const out = await t.call('DELETE', '/session', { base, cookie: null, headers: { ...headers, cookie: `__Host-bks_session=${id}` } });
    expect(out.setCookie).toMatch(/^__Host-bks_session=;.*Max-Age=0.*Secure/);
    expect((await get(`__Host-bks_session=${id}`)).json.signed_in).toBe(false);
  });
});
