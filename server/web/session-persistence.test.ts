// @vitest-environment node
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSessions, type PersistentSessions } from './session-persistence.ts';

const KEY = 'nxd_persisted_key_0123456789abcdef';
const SECRET_A = 'a'.repeat(40);
const SECRET_B = 'b'.repeat(40);
const opened: PersistentSessions[] = [];
const open = (path: string, secret?: string) => {
  const sessions = openSessions(path, secret);
  opened.push(sessions);
  return sessions;
};
afterEach(() => opened.splice(0).forEach((s) => s.close()));
const tempDb = () => join(mkdtempSync(join(tmpdir(), 'bks-sessions-')), 'sessions.db');

describe('openSessions', () => {
  it('keeps a session across a restart (close, open again) with the generated secret', () => {
    const path = tempDb();
    const first = open(path);
    const id = first.store.create(KEY, { id: 'u1' })!;
    first.close();
    opened.pop();
    const again = open(path);
    expect(again.store.get(id)).toMatchObject({ key: KEY, user: { id: 'u1' } });
    // The generated secret is private to the server's user.
    expect(statSync(again.secretSource).mode & 0o777).toBe(0o600);
  });

  it('shares sessions between two instances on one file: sign-in on one, use and sign-out on the other', () => {
    const path = tempDb();
    const [a, b] = [open(path, SECRET_A), open(path, SECRET_A)];
    const id = a.store.create(KEY, { id: 'u1' })!;
    expect(b.store.get(id)?.key).toBe(KEY);
    b.store.delete(id);
    expect(a.store.get(id)).toBeNull();
    const other = b.store.create(KEY, {})!;
    a.store.deleteByKey(KEY);
    expect(b.store.get(other)).toBeNull();
  });

  it('never writes the key or the cookie value in the clear', () => {
    const path = tempDb();
    const sessions = open(path, SECRET_A);
    const id = sessions.store.create(KEY, {})!;
    sessions.close();
    opened.pop();
    const bytes = [path, `${path}-wal`].map((p) => { try { return readFileSync(p).toString('latin1'); } catch { return ''; } }).join('');
    expect(bytes).not.toContain(KEY);
    expect(bytes).not.toContain(id);
    expect(bytes).toContain('web_sessions');
  });

  it('rotates: a new secret first still opens sessions sealed under the old one; dropping the old one ends them', () => {
    const path = tempDb();
    const old = open(path, SECRET_A);
    const id = old.store.create(KEY, {})!;
    const kept = old.store.create(KEY, {})!;
    const rotated = open(path, `${SECRET_B},${SECRET_A}`);
    expect(rotated.store.get(id)?.key).toBe(KEY);
    // Read once under the new secret list, the session was re-sealed with the new secret.
    const onlyNew = open(path, SECRET_B);
    expect(onlyNew.store.get(id)?.key).toBe(KEY);
    expect(onlyNew.store.get(kept)).toBeNull();
  });

  it('refuses short secrets', () => {
    expect(() => openSessions(tempDb(), 'short')).toThrow(/at least 32/);
  });
});
