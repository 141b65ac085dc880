// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { revokeKeysWithLabel } from '../lib/keys.ts';
import { sessionTestSetup } from './session-test-setup.ts';

// Sessions under pressure, through the real web app and sandbox: many sign-ins, a full store, a revoked key.
const { setup, sandbox: ownSandbox } = sessionTestSetup();

describe('many sessions and revoked keys', () => {
  it('keeps a session however often another key signs in; that key loses only its own oldest', async () => {
    // The sandbox's per-key rate limit would refuse B's /v1/me checks long before 10,000.
    const sandbox = ownSandbox({ rateLimit: { capacity: 20_000, refillPerSecond: 1 }, log: () => undefined });
    const t = setup({ upstream: async (req) => sandbox.app.fetch(req), logRequests: false });
    const a = (await t.signIn(sandbox.keys.a)).cookie!;
    const b: string[] = [];
    // No cookie sent: each sign-in is a new browser, so none forgets the one before.
    for (let i = 0; i < 10_000; i++) b.push((await t.call('POST', '/session', { body: { key: sandbox.keys.b }, cookie: null })).cookie!);
    expect((await t.call('GET', '/session', { cookie: a })).json).toMatchObject({ signed_in: true, user: { id: sandbox.users.a } });
    expect((await t.call('GET', '/v1/me', { cookie: a })).json.id).toBe(sandbox.users.a);
    expect((await t.call('GET', '/session', { cookie: b[0] })).json.signed_in).toBe(false);
    expect((await t.call('GET', '/session', { cookie: b.at(-1) })).json.signed_in).toBe(true);
  }, 120_000);

  it('refuses a sign-in with 429 and Retry-After when the server holds too many sessions, evicting nobody', async () => {
    const t = setup({ sessionOptions: { maxSessions: 1 } });
    const a = (await t.signIn(t.keys.a)).cookie!;
    const refused = await t.call('POST', '/session', { body: { key: t.keys.b }, cookie: null });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
    expect(refused.setCookie).toBeNull();
    expect((await t.call('GET', '/session', { cookie: a })).json.signed_in).toBe(true);
  });

  it('signs out on GET /session once the key was revoked, checking it again after a minute', async () => {
    let now = Date.parse('2026-03-01T12:00:00Z');
    const t = setup({ clock: { now: () => now } });
    await t.signIn(t.keys.a);
    const cookie = t.jar!;
    revokeKeysWithLabel(t.sandbox.db, t.users.a, 'test', new Date(now).toISOString());
    // Checked at sign-in a moment ago: not asked again yet (GET /session runs on every page load).
    expect((await t.call('GET', '/session')).json.signed_in).toBe(true);
    now += 61_000;
    const state = await t.call('GET', '/session');
    expect(state.json).toEqual({ signed_in: false, mode: 'sandbox', demo_available: false, reason: 'expired' });
    expect(state.cookie).toBe('');
    expect(state.setCookie).toMatch(/Max-Age=0/);
    expect((await t.call('GET', '/session', { cookie })).json.signed_in).toBe(false);
  });

  it('stays signed in when the key check itself fails (API down), and when the key is still good', async () => {
    let now = Date.parse('2026-03-01T12:00:00Z');
    let down = false;
    const sandbox = ownSandbox();
    const upstream = async (req: Request) => (down ? new Response('no', { status: 503 }) : sandbox.app.fetch(req));
    const t = setup({ clock: { now: () => now }, upstream });
    await t.signIn(sandbox.keys.a);
    now += 61_000;
    expect((await t.call('GET', '/session')).json.signed_in).toBe(true);
    down = true;
    now += 61_000;
    expect((await t.call('GET', '/session')).json).toMatchObject({ signed_in: true, user: { id: sandbox.users.a } });
  });
});
