// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createSessionStore } from './session-store.ts';

describe('createSessionStore', () => {
  it('issues distinct 32-byte base64url ids', () => {
    const store = createSessionStore();
    const ids = new Set(Array.from({ length: 200 }, () => store.create('nxd_k', {})));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('expires on idle time and on absolute age', () => {
    let now = 0;
    const store = createSessionStore({ clock: { now: () => now }, idleMs: 100, maxAgeMs: 250 });
    const id = store.create('nxd_k', { id: 'u' });
    now = 99;
    expect(store.get(id)?.user).toEqual({ id: 'u' });
    now = 198;
    expect(store.get(id)).not.toBeNull();
    now = 250;
    expect(store.get(id)).toBeNull();
    const idle = store.create('nxd_k', {});
    now += 100;
    expect(store.get(idle)).toBeNull();
  });

  it('forgets by id and by key, and evicts the oldest beyond its cap', () => {
    const store = createSessionStore({ maxSessions: 3 });
    const [a, b, c] = [store.create('nxd_1', {}), store.create('nxd_2', {}), store.create('nxd_2', {})];
    store.delete(a);
    expect(store.get(a)).toBeNull();
    store.deleteByKey('nxd_2');
    expect([store.get(b), store.get(c)]).toEqual([null, null]);
    const ids = Array.from({ length: 4 }, () => store.create('nxd_3', {}));
    expect(store.size).toBe(3);
    expect(store.get(ids[0]!)).toBeNull();
    expect(store.get(ids[3]!)).not.toBeNull();
  });
});
