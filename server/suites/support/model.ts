import { readdirSync } from 'node:fs';
import { ErrorLedger } from './error-ledger.ts';
import type { FuzzApp, RawResponse } from './fuzz-app.ts';

/*
 * D2's in-memory model: what the sandbox should hold after each command, for two keys (a, b) and
 * three scopes: A (a's personal), B (b's personal) and S (organization O1, shared by both).
 */
export type KeyName = 'a' | 'b';
export type ScopeName = 'A' | 'B' | 'S';
export type Kind = 'brand' | 'theme' | 'asset';

export interface MBrand { id: string; scope: ScopeName; name: string; theme_id: string }
export interface MTheme { id: string; scope: ScopeName; name: string; primary: string }
export interface MAsset { id: string; scope: ScopeName; name: string; brand_id: string | null; usage_mode: string }

export const personal = (key: KeyName): ScopeName => (key === 'a' ? 'A' : 'B');
export const visible = (key: KeyName, scope: ScopeName) => scope === 'S' || scope === personal(key);

export class Model {
  readonly brands = new Map<string, MBrand>();
  readonly themes = new Map<string, MTheme>();
  readonly assets = new Map<string, MAsset>();
  /** Every id ever created, per kind, in creation order: deleted ones stay, so commands can reuse them. */
  readonly created: Record<Kind, { id: string; scope: ScopeName }[]> = { brand: [], theme: [], asset: [] };

  /** The `ref`-th object ever created of a kind (wrapping), live or deleted; undefined if none yet. */
  pick(kind: Kind, ref: number) {
    const all = this.created[kind];
    return all.length ? all[ref % all.length] : undefined;
  }
  /** Live objects of one scope, newest first: what a list must answer. */
  newestFirst<T extends { id: string; scope: ScopeName }>(kind: Kind, live: Map<string, T>, scope: ScopeName): T[] {
    return this.created[kind].filter((c) => c.scope === scope && live.has(c.id)).map((c) => live.get(c.id)!).reverse();
  }
  linkedAssets(brandId: string): string[] {
    return this.created.asset.filter((c) => this.assets.get(c.id)?.brand_id === brandId).map((c) => c.id).reverse();
  }
}

/** The real sandbox as the commands see it: requests by key name, every error body checked (D12). */
export class Real {
  readonly ledger: ErrorLedger;
  requests = 0;
  /** Commands that ran to the end (each ends with checkInvariants). */
  commands = 0;
  constructor(readonly t: FuzzApp) {
    this.ledger = new ErrorLedger([t.keys.a, t.keys.b]);
  }
  scopeParam(scope: ScopeName): Record<string, string> {
    return scope === 'S' ? { org_id: this.t.orgs.o1 } : {};
  }
  async call(key: KeyName, method: string, path: string, body?: unknown): Promise<RawResponse> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.t.keys[key]}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await this.t.send({ method, path, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    this.requests++;
    const problems = this.ledger.record(res, this.t.logs);
    if (problems.length > 0) throw new Error(`${method} ${path}: ${problems.join('; ')}`);
    return res;
  }
  counts() {
    const n = (sql: string) => (this.t.db.prepare(sql).get() as { n: number }).n;
    return {
      brands: n('SELECT COUNT(*) AS n FROM brands'),
      themes: n('SELECT COUNT(*) AS n FROM themes WHERE is_custom = 1'),
      assets: n('SELECT COUNT(*) AS n FROM assets'),
      files: readdirSync(this.t.files.dir).length,
    };
  }
}

export function expectStatus(res: RawResponse, want: number, what: string): void {
  if (res.status !== want) throw new Error(`${what}: expected ${want}, got ${res.status} ${res.text.slice(0, 300)}`);
}
export function expectEqual(got: unknown, want: unknown, what: string): void {
  if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`${what}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
}

/**
 * Checked after every command, straight in the database: row counts equal the model's, one stored
 * file per asset (no leaked or missing bytes), no link across scopes or to a missing brand, every
 * brand's theme exists.
 */
export function checkInvariants(model: Model, real: Real): void {
  real.commands++;
  const c = real.counts();
  expectEqual(c, { brands: model.brands.size, themes: model.themes.size, assets: model.assets.size, files: model.assets.size }, 'row and file counts');
  const bad = real.t.db
    .prepare(
      `SELECT
        (SELECT COUNT(*) FROM assets a LEFT JOIN brands b ON b.id = a.brand_id
          WHERE a.brand_id IS NOT NULL AND (b.id IS NULL OR b.scope_id != a.scope_id)) AS links,
        (SELECT COUNT(*) FROM brands b LEFT JOIN themes t ON t.id = b.theme_id WHERE t.id IS NULL) AS themes`,
    )
    .get();
  expectEqual(bad, { links: 0, themes: 0 }, 'cross-scope links and dangling themes');
}
