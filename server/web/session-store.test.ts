// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createSessionStore } from './session-store.ts';

describe('createSessionStore', () => {
  it('issues distinct 32-byte base64url ids', () => {
    const store = createSessionStore();
    const ids = new Set(Array.from({ length: 200 }, () => store.create('nxd_k', {})!));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('expires on idle time and on absolute age', () => {
    let now = 0;
    const store = createSessionStore({ clock: { now: () => now }, idleMs: 100, maxAgeMs: 250 });
    const id = store.create('nxd_k', { id: 'u' })!;
    now = 99;
    expect(store.get(id)?.user).toEqual({ id: 'u' });
    now = 198;
    expect(store.get(id)).not.toBeNull();
    now = 250;
    expect(store.get(id)).toBeNull();
    const idle = store.create('nxd_k', {})!;
    now += 100;
    expect(store.get(idle)).toBeNull();
  });

  it('forgets by id and by key', () => {
    const store = createSessionStore();
    const [a, b, c] = [store.create('nxd_1', {})!, store.create('nxd_2', {})!, store.create('nxd_2', {})!];
    store.delete(a);
    expect(store.get(a)).toBeNull();
    store.deleteByKey('nxd_2');
    expect([store.get(b), store.get(c)]).toEqual([null, null]);
    expect(store.size).toBe(0);
  });

  it('keeps the sessions of other keys however often one key signs in; only that key loses its oldest', () => {
    const store = createSessionStore();
    const a = store.create('nxd_a', { id: 'a' })!;
    const b = Array.from({ length: 10_000 }, () => store.create('nxd_b', {})!);
    expect(store.get(a)?.user).toEqual({ id: 'a' });
    expect(b.slice(0, -20).every((id) => store.get(id) === null)).toBe(true);
    expect(b.slice(-20).every((id) => store.get(id) !== null)).toBe(true);
    expect(store.size).toBe(21);
  });

  it('refuses new sessions when full instead of evicting anyone, and takes them again once some expire', () => {
    let now = 0;
    const store = createSessionStore({ clock: { now: () => now }, maxSessions: 3, maxPerKey: 2, idleMs: 100_000 });
    const live = [store.create('nxd_1', {})!, store.create('nxd_2', {})!, store.create('nxd_3', {})!];
    expect(store.create('nxd_4', {})).toBeNull();
    expect(store.create('nxd_1', {})).toBeNull();
    expect(live.every((id) => store.get(id) !== null)).toBe(true);
    // A key at its own cap replaces its oldest session, which does not grow the store.
    const small = createSessionStore({ maxSessions: 2, maxPerKey: 1 });
    const [first, other] = [small.create('nxd_1', {})!, small.create('nxd_2', {})!];
    const second = small.create('nxd_1', {});
    expect([small.get(first), small.get(other) !== null, second !== null]).toEqual([null, true, true]);
    now = 100_000;
    expect(store.create('nxd_4', {})).not.toBeNull();
  });

  it('asks for the key to be checked again once the last check is older than the recheck interval', () => {
    let now = 0;
    const store = createSessionStore({ clock: { now: () => now }, recheckMs: 1000 });
    const session = store.get(store.create('nxd_k', {})!)!;
    now = 1000;
    expect(store.needsRecheck(session)).toBe(false);
    now = 1001;
    expect(store.needsRecheck(session)).toBe(true);
    store.rechecked(session);
    expect(store.needsRecheck(session)).toBe(false);
  });
});
