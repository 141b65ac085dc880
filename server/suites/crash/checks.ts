import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { ApiClient } from './http-client.ts';
import { type WorkerState, emptyState } from './model.ts';

interface Inspection {
  integrity: string;
  /** Rows that break an invariant: bytes missing or of another size, a theme gone, a cross-scope link, counts that disagree. */
  violations: string[];
  /** Files in the store no asset row names, after the startup sweep (temp files included). */
  orphans: string[];
  /** Each worker's objects as the database holds them, by worker index. */
  workers: Map<number, WorkerState>;
}

// Each query lists rows that break one invariant; all must come back empty.
const INVARIANTS: [string, string][] = [
  [
    'brand whose theme does not exist',
    `SELECT b.id FROM brands b LEFT JOIN themes t ON t.id = b.theme_id
     WHERE b.theme_id IS NOT NULL AND t.id IS NULL`,
  ],
  [
    'brand using a custom theme of another scope',
    `SELECT b.id FROM brands b JOIN themes t ON t.id = b.theme_id
     WHERE t.is_custom = 1 AND t.scope_id IS NOT b.scope_id`,
  ],
  [
    'asset linked to a missing brand or one of another scope',
    `SELECT a.id FROM assets a LEFT JOIN brands b ON b.id = a.brand_id
     WHERE a.brand_id IS NOT NULL AND (b.id IS NULL OR b.scope_id IS NOT a.scope_id)`,
  ],
];

const workerOf = (name: string) => Number(/^crash-w(\d+)-/.exec(name)?.[1] ?? -1);

/** Reads the database file (read-only, beside the running server) and the files folder. */
export async function inspect(
  dbPath: string,
  filesDir: string,
  client: ApiClient,
  scopes: string[],
): Promise<Inspection> {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ');
    const violations: string[] = [];
    for (const row of db.pragma('foreign_key_check') as object[])
      violations.push(`foreign key: ${JSON.stringify(row)}`);
    for (const [what, sql] of INVARIANTS) {
      for (const row of db.prepare(sql).all() as { id: string }[]) violations.push(`${what}: ${row.id}`);
    }

    const assets = db.prepare('SELECT id, file_key, size FROM assets').all() as {
      id: string;
      file_key: string;
      size: number | null;
    }[];
    for (const a of assets) {
      let size: number | null = null;
      try {
        size = statSync(join(filesDir, a.file_key)).size;
      } catch {
        violations.push(`asset ${a.id}: no bytes (${a.file_key})`);
        continue;
      }
      if (a.size !== null && size !== a.size)
        violations.push(`asset ${a.id}: ${size} bytes stored, ${a.size} recorded`);
    }
    const referenced = new Set(assets.map((a) => a.file_key));
    const orphans = readdirSync(filesDir).filter((f) => !referenced.has(f));

    // Counters: what the API reports (brands per scope, linked assets per brand) against the rows.
    const brandCount = db.prepare('SELECT count(*) AS n FROM brands WHERE scope_id = ?');
    const linkedCount = db.prepare('SELECT count(*) AS n FROM assets WHERE brand_id = ?');
    for (const scope of scopes) {
      const listed = await listBrands(client, scope === scopes[0] ? '' : `&org_id=${scope}`);
      const rows = (brandCount.get(scope) as { n: number }).n;
      if (listed.length !== rows)
        violations.push(`scope ${scope}: the API lists ${listed.length} brands, the table holds ${rows}`);
      for (const b of listed) {
        const n = (linkedCount.get(b.id) as { n: number }).n;
        if (b.assets.length !== n)
          violations.push(`brand ${b.id}: embeds ${b.assets.length} assets, ${n} rows link to it`);
      }
    }

    const workers = new Map<number, WorkerState>();
    const of = (name: string) => {
      const n = workerOf(name);
      if (!workers.has(n)) workers.set(n, emptyState());
      return workers.get(n)!;
    };
    // Key order matches model.ts, so states compare as JSON.
    for (const t of db.prepare(`SELECT id, scope_id, name FROM themes WHERE name LIKE 'crash-w%'`).all() as {
      id: string;
      scope_id: string;
      name: string;
    }[]) {
      of(t.name).themes.set(t.id, { scope: t.scope_id, name: t.name });
    }
    for (const b of db.prepare(`SELECT id, scope_id, name, theme_id FROM brands WHERE name LIKE 'crash-w%'`).all() as {
      id: string;
      scope_id: string;
      name: string;
      theme_id: string;
    }[]) {
      of(b.name).brands.set(b.id, { scope: b.scope_id, name: b.name, theme_id: b.theme_id });
    }
    const workerAssets = db
      .prepare(`SELECT id, scope_id, name, brand_id, size FROM assets WHERE name LIKE 'crash-w%'`)
      .all() as {
      id: string;
      scope_id: string;
      name: string;
      brand_id: string | null;
      size: number;
    }[];
    for (const a of workerAssets)
      of(a.name).assets.set(a.id, { scope: a.scope_id, name: a.name, brand_id: a.brand_id, size: a.size });
    return { integrity, violations, orphans, workers };
  } finally {
    db.close();
  }
}

async function listBrands(client: ApiClient, orgQuery: string): Promise<{ id: string; assets: unknown[] }[]> {
  const out: { id: string; assets: unknown[] }[] = [];
  let after = '';
  for (;;) {
    const reply = await client.send('GET', `/v1/brands?limit=20${orgQuery}${after ? `&after=${after}` : ''}`);
    if (reply.status !== 200) throw new Error(`GET /v1/brands answered ${reply.status}`);
    const page = reply.body as { data: { id: string; assets: unknown[] }[]; has_more: boolean };
    out.push(...page.data);
    if (!page.has_more || page.data.length === 0) return out;
    after = page.data.at(-1)!.id;
  }
}
