// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSET_TYPES, AI_INSTRUCTION_MAX, Quota, idPattern } from '../../../contract/index.ts';
import { createFileStore, isValidFileKey, type FileStore } from '../../lib/files.ts';
import { readDimensions, sniffFormat } from '../../lib/sniff.ts';
import { READABLE_PAIRS, contrastRatio } from './contrast.ts';
import { VIDEO_FIXTURE } from './file-pool.ts';
import { DEMO_EMAIL, isSeeded, seedDemo } from './index.ts';
import { crc32 } from './png.ts';
import { NOW, all, freshDb, one } from './test-db.ts';

let dir: string;
let files: FileStore;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'seed-test-'));
  files = createFileStore(join(dir, 'files'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('seedDemo', () => {
  let db: Database.Database;
  let demoUserId: string;
  beforeAll(() => {
    db = freshDb();
    expect(isSeeded(db)).toBe(false);
    demoUserId = seedDemo(db, files, { now: NOW }).demoUserId;
  });

  it('creates the demo user with a quota, two organizations and memberships', () => {
    expect(isSeeded(db)).toBe(true);
    const user = one(db, 'SELECT * FROM users WHERE email = ?', DEMO_EMAIL);
    expect(user.id).toBe(demoUserId);
    expect(demoUserId).toMatch(idPattern('user'));
    expect(user.first_name).toBeTruthy();
    Quota.parse(JSON.parse(user.quota_json as string));
    const orgs = all(
      db,
      'SELECT o.*, m.role FROM organizations o JOIN memberships m ON m.org_id = o.id WHERE m.user_id = ? ORDER BY o.slug',
      demoUserId,
    );
    expect(orgs.map((o) => [o.slug, o.role])).toEqual([
      ['acme-inc', 'OWNER'],
      ['northwind', 'MEMBER'],
    ]);
    for (const org of orgs) {
      expect(org.id).toMatch(idPattern('org'));
      Quota.parse(JSON.parse(org.quota_json as string));
    }
    expect(all(db, 'SELECT * FROM api_keys')).toHaveLength(0);
  });

  it('refuses to seed the same demo user twice', () => {
    expect(() => seedDemo(db, files, { now: NOW })).toThrow(/already exists/);
  });

  it('adds readable custom themes in personal and org scopes', () => {
    const custom = all(db, 'SELECT * FROM themes WHERE is_custom = 1');
    const scopes = new Set(custom.map((t) => t.scope_id));
    expect(scopes.has(demoUserId)).toBe(true);
    expect(scopes.size).toBeGreaterThanOrEqual(2);
    for (const t of custom) {
      expect(t.id).toMatch(idPattern('theme'));
      const colors = JSON.parse(t.colors_json as string) as Record<string, string>;
      for (const [text, bg] of READABLE_PAIRS)
        expect(contrastRatio(colors[text]!, colors[bg]!), `${t.name} ${text}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('spreads at least 8 brands over three scopes with system and own custom themes', () => {
    const brands = all(
      db,
      'SELECT b.*, t.is_custom, t.scope_id AS theme_scope FROM brands b JOIN themes t ON t.id = b.theme_id',
    );
    expect(brands).toHaveLength(10);
    expect(new Set(brands.map((b) => b.scope_id)).size).toBe(3);
    expect(new Set(brands.map((b) => b.is_custom))).toEqual(new Set([0, 1]));
    for (const b of brands) {
      expect(b.id).toMatch(idPattern('brand'));
      if (b.is_custom) expect(b.theme_scope).toBe(b.scope_id);
      if (b.ai_instruction !== null) {
        expect((b.ai_instruction as string).length).toBeLessThanOrEqual(AI_INSTRUCTION_MAX);
        expect((b.ai_instruction as string).split('\n').length).toBeGreaterThan(5);
      }
    }
    expect(brands.filter((b) => b.ai_instruction !== null).length).toBeGreaterThanOrEqual(8);
  });

  it('creates assets of all four types, some linked only to brands of their own scope', () => {
    const assets = all(
      db,
      'SELECT a.*, b.scope_id AS brand_scope FROM assets a LEFT JOIN brands b ON b.id = a.brand_id',
    );
    expect(assets).toHaveLength(130);
    expect(new Set(assets.map((a) => a.type))).toEqual(new Set(ASSET_TYPES));
    const linked = assets.filter((a) => a.brand_id !== null);
    expect(linked.length).toBeGreaterThan(10);
    expect(linked.length).toBeLessThan(assets.length / 2);
    for (const a of linked) expect(a.brand_scope).toBe(a.scope_id);
    expect(new Set(linked.map((a) => a.scope_id)).size).toBeGreaterThanOrEqual(2);
    expect(new Set(assets.map((a) => a.usage_mode)).size).toBe(3);
    for (const a of assets) {
      expect(a.id).toMatch(idPattern('asset'));
      expect(a.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      const tags = JSON.parse(a.tags_json as string) as unknown[];
      expect(tags.every((t) => typeof t === 'string' && t.length > 0)).toBe(true);
    }
  });

  it('mints ids in creation order and spreads created_at over months', () => {
    const byId = all(db, 'SELECT created_at FROM assets ORDER BY id').map((r) => r.created_at as string);
    expect(byId).toEqual([...byId].sort());
    const first = Date.parse(byId[0]!);
    const last = Date.parse(byId[byId.length - 1]!);
    expect(last - first).toBeGreaterThan(90 * 86_400_000);
    expect(last).toBeLessThanOrEqual(NOW);
    for (const r of all(db, 'SELECT created_at, updated_at FROM assets'))
      expect(r.updated_at! >= r.created_at!).toBe(true);
  });

  it('stores every referenced file with the recorded size, format and dimensions', () => {
    const rows = all(db, 'SELECT file_key, type, format, size, width, height FROM assets GROUP BY file_key');
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(rows.length).toBeLessThanOrEqual(40);
    expect(new Set(rows.map((r) => r.format))).toEqual(new Set(['svg', 'png', 'jpg', 'webm']));
    for (const r of rows) {
      const key = r.file_key as string;
      expect(isValidFileKey(key)).toBe(true);
      // Random, like every stored file: a name such as seed-v1-icon-01.svg could be guessed.
      expect(key).toMatch(/^[0-9a-f]{32}\.(svg|png|jpg|webm)$/);
      const bytes = readFileSync(files.path(key)!);
      expect(bytes.length, key).toBe(r.size);
      expect(sniffFormat(bytes), key).toBe(r.format);
      const dims = readDimensions(bytes, r.format as 'png');
      expect([dims.width, dims.height], key).toEqual([r.width, r.height]);
    }
    // Every row sharing a file_key agrees with the file.
    const mismatched = one(
      db,
      'SELECT count(DISTINCT file_key || size || ifnull(width, 0)) AS n, count(DISTINCT file_key) AS k FROM assets',
    );
    expect(mismatched.n).toBe(mismatched.k);
    expect(readFileSync(VIDEO_FIXTURE).length).toBeGreaterThan(0);
  });
});

describe('png encoder', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('IEND'))).toBe(0xae426082);
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});
