// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileStore, type FileStore } from '../../lib/files.ts';
import { DEMO_EMAIL, reseed, seedDemo } from './index.ts';
import { NOW, all, freshDb, one } from './test-db.ts';

let dir: string;
let files: FileStore;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'reseed-test-'));
  files = createFileStore(join(dir, 'files'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reseed', () => {
  it('replaces content quickly, keeping users and API keys', () => {
    const db = freshDb();
    const { demoUserId } = seedDemo(db, files, { now: NOW });
    db.prepare("INSERT INTO api_keys (user_id, key_hash, label, created_at) VALUES (?, 'abc', 'test', ?)").run(
      demoUserId,
      new Date(NOW).toISOString(),
    );
    const oldOrgs = all(db, 'SELECT id FROM organizations').map((r) => r.id);
    const started = performance.now();
    const result = reseed(db, files, { assets: 2000, brands: 20, now: NOW });
    const ms = performance.now() - started;
    console.log(`reseed of 2000 assets and 20 brands took ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(5000);
    expect(result.demoUserId).toBe(demoUserId);
    expect(one(db, 'SELECT count(*) AS n FROM assets').n).toBe(2000);
    expect(one(db, 'SELECT count(*) AS n FROM brands').n).toBe(20);
    expect(one(db, 'SELECT count(*) AS n FROM users').n).toBe(1);
    expect(one(db, 'SELECT count(*) AS n FROM api_keys').n).toBe(1);
    expect(one(db, 'SELECT count(*) AS n FROM memberships').n).toBe(2);
    const orgs = all(db, 'SELECT id FROM organizations').map((r) => r.id);
    expect(orgs).toHaveLength(2);
    expect(orgs.some((id) => oldOrgs.includes(id))).toBe(false);
    expect(one(db, 'SELECT count(*) AS n FROM themes WHERE is_custom = 0').n).toBeGreaterThanOrEqual(12);
    const bad = one(
      db,
      'SELECT count(*) AS n FROM assets a JOIN brands b ON b.id = a.brand_id WHERE a.scope_id <> b.scope_id',
    );
    expect(bad.n).toBe(0);
    expect(new Set(all(db, 'SELECT name FROM brands').map((r) => r.name)).size).toBe(20);
  });

  it('stores the demo files under random keys, reused by a reseed while they are still stored', () => {
    const keysOf = (db: ReturnType<typeof freshDb>) =>
      all(db, 'SELECT DISTINCT file_key FROM assets ORDER BY file_key').map((r) => r.file_key as string);
    const db = freshDb();
    seedDemo(db, files, { now: NOW });
    const first = keysOf(db);
    for (const key of first) expect(key).toMatch(/^[0-9a-f]{32}\.(svg|png|jpg|webm)$/);
    reseed(db, files, { now: NOW });
    expect(keysOf(db)).toEqual(first);
    // Another database gets keys of its own, and a file gone from the store is written again.
    const other = freshDb();
    seedDemo(other, files, { now: NOW });
    expect(keysOf(other).some((key) => first.includes(key))).toBe(false);
    files.remove(first[0]!);
    reseed(db, files, { now: NOW });
    expect(keysOf(db)).not.toContain(first[0]);
    for (const key of keysOf(db)) expect(files.has(key)).toBe(true);
  });

  it('creates the demo user when missing and accepts empty counts', () => {
    const db = freshDb();
    const result = reseed(db, files, { assets: 0, brands: 0, now: NOW });
    expect(one(db, 'SELECT id FROM users WHERE email = ?', DEMO_EMAIL).id).toBe(result.demoUserId);
    expect(result.counts).toMatchObject({ brands: 0, assets: 0 });
    expect(() => reseed(db, files, { assets: -1 })).toThrow(/non-negative/);
  });
});
