import type Database from 'better-sqlite3';
import type { FileStore } from '../../lib/files.ts';
import { newId } from '../../lib/ids.ts';
import { buildAssets } from './asset-rows.ts';
import { buildBrands, buildCustomThemes } from './brand-rows.ts';
import { DAY_MS, type Scope, type SystemTheme } from './shared.ts';
import { ensurePool } from './file-pool.ts';
import { createRng } from './rng.ts';

export const DEMO_EMAIL = 'demo@brandkit.test';

interface SeedOptions {
  /** Number of assets (default 130). */
  assets?: number;
  /** Number of brands, spread over the personal scope and two organizations (default 10). */
  brands?: number;
  demoEmail?: string;
  /** Clock for created_at/updated_at and the quota reset date (ms since epoch). */
  now?: number;
}

interface SeedResult {
  demoUserId: string;
  orgIds: string[];
  counts: { customThemes: number; brands: number; assets: number; files: number };
}

const ORGS = [
  { name: 'Acme Inc', slug: 'acme-inc', kind: 'acme', role: 'OWNER', ageDays: 210, quota: [5000, 1834.5, 250, 50, 12] },
  {
    name: 'Northwind Studio',
    slug: 'northwind',
    kind: 'northwind',
    role: 'MEMBER',
    ageDays: 200,
    quota: [2000, 640.25, 0, 20, 4],
  },
] as const;
const USER_QUOTA = [500, 123.45, 0, 3, 1] as const;

function quotaJson([limit, used, bonus, exportLimit, exportUsed]: readonly number[], now: number): string {
  const d = new Date(now);
  const reset = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)).toISOString();
  return JSON.stringify({
    monthly_free_cents_limit: limit,
    monthly_free_cents_used: used,
    bonus_credits: bonus,
    document_export_limit: exportLimit,
    document_export_used: exportUsed,
    reset_date: reset,
  });
}

function count(value: number | undefined, fallback: number, what: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 0) throw new Error(`${what} must be a non-negative integer`);
  return n;
}

/** True once any user exists (the sandbox seeds itself only into an empty database). */
export function isSeeded(db: Database.Database): boolean {
  return db.prepare('SELECT 1 FROM users LIMIT 1').get() !== undefined;
}

/** Seeds the demo account, its organizations and content into a database without that account. */
export function seedDemo(db: Database.Database, files: FileStore, options: SeedOptions = {}): SeedResult {
  return populate(db, files, options, false);
}

/**
 * Replaces all content (assets, brands, custom themes, memberships, organizations) with fresh
 * demo data for the demo user. Users and API keys stay, so existing keys keep working.
 */
export function reseed(db: Database.Database, files: FileStore, options: SeedOptions = {}): SeedResult {
  return populate(db, files, options, true);
}

function populate(db: Database.Database, files: FileStore, options: SeedOptions, wipe: boolean): SeedResult {
  const email = options.demoEmail ?? DEMO_EMAIL;
  const now = options.now ?? Date.now();
  const assetCount = count(options.assets, 130, 'assets');
  const brandCount = count(options.brands, 10, 'brands');
  // Bytes first: every file exists before any row names it.
  const pool = ensurePool(db, files);
  const rng = createRng(20260101);
  const stamp = (ms: number) => new Date(ms).toISOString();

  return db.transaction((): SeedResult => {
    let user = db.prepare('SELECT id FROM users WHERE email = ?').get(email) as { id: string } | undefined;
    if (user && !wipe) throw new Error(`${email} already exists; use reseed() to replace the demo data`);
    if (wipe) {
      // Children before parents, so this also holds with foreign keys enforced.
      db.prepare('DELETE FROM assets').run();
      db.prepare('DELETE FROM brands').run();
      db.prepare('DELETE FROM themes WHERE is_custom = 1').run();
      db.prepare('DELETE FROM memberships').run();
      db.prepare('DELETE FROM organizations').run();
    }
    if (!user) {
      const created = now - 220 * DAY_MS;
      user = { id: newId('user', created) };
      db.prepare(
        `INSERT INTO users (id, email, first_name, last_name, image_url, quota_json, created_at, updated_at)
         VALUES (?, ?, ?, ?, NULL, ?, ?, ?)`,
      ).run(user.id, email, 'Dana', 'Whitfield', quotaJson(USER_QUOTA, now), stamp(created), stamp(now - 3 * DAY_MS));
    }
    const scopes: Scope[] = [{ id: user.id, kind: 'personal' }];
    const insertOrg = db.prepare(
      'INSERT INTO organizations (id, name, slug, quota_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const insertMember = db.prepare('INSERT INTO memberships (user_id, org_id, role, created_at) VALUES (?, ?, ?, ?)');
    for (const org of ORGS) {
      const created = now - org.ageDays * DAY_MS;
      const id = newId('org', created);
      insertOrg.run(id, org.name, org.slug, quotaJson(org.quota, now), stamp(created), stamp(now - 7 * DAY_MS));
      insertMember.run(user.id, id, org.role, stamp(created + DAY_MS));
      scopes.push({ id, kind: org.kind });
    }

    const systemThemes = db
      .prepare('SELECT id, name, font_primary, font_secondary FROM themes WHERE is_custom = 0 ORDER BY id')
      .all() as SystemTheme[];
    if (systemThemes.length === 0) throw new Error('No system themes: run the migrations before seeding');
    const customThemes = buildCustomThemes(scopes, now);
    const insertTheme = db.prepare(
      `INSERT INTO themes (id, scope_id, name, is_custom, font_primary, font_secondary, colors_json, created_at, updated_at)
       VALUES (@id, @scope_id, @name, @is_custom, @font_primary, @font_secondary, @colors_json, @created_at, @updated_at)`,
    );
    for (const row of customThemes) insertTheme.run(row);

    const brands = buildBrands(rng, scopes, systemThemes, customThemes, brandCount, now);
    const insertBrand = db.prepare(
      `INSERT INTO brands (id, scope_id, name, ai_instruction, theme_id, created_at, updated_at)
       VALUES (@id, @scope_id, @name, @ai_instruction, @theme_id, @created_at, @updated_at)`,
    );
    for (const row of brands) insertBrand.run(row);

    const assets = buildAssets(rng, scopes, brands, pool, assetCount, now);
    const insertAsset = db.prepare(
      `INSERT INTO assets (id, scope_id, brand_id, name, type, file_key, slug, format, usage_mode, category, tags_json,
         size, width, height, created_at, updated_at)
       VALUES (@id, @scope_id, @brand_id, @name, @type, @file_key, @slug, @format, @usage_mode, @category, @tags_json,
         @size, @width, @height, @created_at, @updated_at)`,
    );
    for (const row of assets) insertAsset.run(row);

    return {
      demoUserId: user.id,
      orgIds: scopes.slice(1).map((s) => s.id),
      counts: { customThemes: customThemes.length, brands: brands.length, assets: assets.length, files: pool.length },
    };
  })();
}
