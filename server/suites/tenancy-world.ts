/* eslint-disable @typescript-eslint/no-explicit-any -- tests read arbitrary JSON */
/**
 * Builds the D3 world from the pivot on the real sandbox (createTestApp through route-test-helpers'
 * setup): users, orgs and keys straight into the database (as the CLI does), every object through the API.
 * Also the two leak detectors: foreign tokens in a body, and foreign rows in a database diff.
 */
import fs from 'node:fs';
import { addMember, insertOrg, insertUser } from '../lib/accounts.ts';
import { newId } from '../lib/ids.ts';
import { generateKey, revokeKeysWithLabel, storeKey } from '../lib/keys.ts';
import { setup } from '../routes/route-test-helpers.ts';
import {
  KEYS,
  LINKS,
  ORGS,
  PER_SCOPE,
  PERSONAL,
  SCOPES,
  SYSTEM_THEME,
  USERS,
  scopesOf,
  type Kind,
  type KeyName,
  type ScopeName,
  type UserName,
} from './tenancy-pivot.ts';

export interface WorldObject {
  kind: Kind;
  scope: ScopeName | 'system';
  index: number;
  id: string;
  name: string;
}

export type World = Awaited<ReturnType<typeof buildWorld>>;

export async function buildWorld() {
  const t = setup();
  const now = new Date().toISOString();
  const userIds = {} as Record<UserName, string>;
  for (const u of USERS) userIds[u] = insertUser(t.db, `tenant-${u.toLowerCase()}@example.test`);
  const orgIds = {
    O1: insertOrg(t.db, 'Tenancy Org One', 'tenancy-one'),
    O2: insertOrg(t.db, 'Tenancy Org Two', 'tenancy-two'),
  };
  for (const [org, members] of Object.entries(ORGS)) {
    for (const m of members) addMember(t.db, userIds[m], orgIds[org as 'O1' | 'O2'], 'MEMBER');
  }
  const keys = {} as Record<KeyName, string>;
  for (const k of KEYS) {
    keys[k] = generateKey();
    storeKey(t.db, userIds[k === 'revoked' ? 'A' : k], keys[k], k === 'revoked' ? 'revoked' : 'tenancy', now);
  }
  revokeKeysWithLabel(t.db, userIds.A, 'revoked', now);

  const scopeIds: Record<ScopeName, string> = { PA: userIds.A, PB: userIds.B, PC: userIds.C, ...orgIds };
  const scopeOfId = new Map(Object.entries(scopeIds).map(([name, id]) => [id, name as ScopeName]));
  const objects: WorldObject[] = [];
  const creator = (s: ScopeName): KeyName => USERS.find((u) => scopesOf(u).includes(s))!;

  for (const s of SCOPES) {
    const key = keys[creator(s)];
    const org = s.startsWith('O') ? { org_id: scopeIds[s] } : {};
    const add = (kind: Kind, index: number, json: any) => {
      objects.push({ kind, scope: s, index, id: json.id, name: json.name });
      t.advance();
      return json;
    };
    const theme = add('theme', 1, await t.makeTheme({ name: `${s} theme 1`, ...org }, key));
    const brands: any[] = [];
    for (let i = 1; i <= PER_SCOPE.brand; i++) {
      const themeId = i === LINKS.themedBrand ? theme.id : SYSTEM_THEME;
      brands.push(add('brand', i, await t.makeBrand({ name: `${s} brand ${i}`, theme_id: themeId, ...org }, key)));
    }
    for (let i = 1; i <= PER_SCOPE.asset; i++) {
      const linked = (LINKS.linkedAssets as readonly number[]).includes(i) ? { brand_id: brands[0].id } : {};
      const body = { name: `${s} asset ${i}`, source_url: `https://img.test/${s}-${i}.png`, ...linked, ...org };
      add('asset', i, await t.makeAsset(body, key));
    }
  }
  const systemThemeIds = (t.db.prepare('SELECT id FROM themes WHERE is_custom = 0').all() as { id: string }[]).map(
    (r) => r.id,
  );
  const system: WorldObject = { kind: 'theme', scope: 'system', index: 0, id: SYSTEM_THEME, name: '' };

  // Everything that identifies a scope's contents: ids, names, slugs, file keys, and the owner's identity.
  const tokens = new Map<ScopeName, string[]>();
  for (const s of SCOPES) {
    const rows = t.db
      .prepare(
        `SELECT id, name, NULL AS extra FROM brands WHERE scope_id = ? UNION ALL SELECT id, name, NULL FROM themes WHERE scope_id = ?
         UNION ALL SELECT id, name, slug || ' ' || file_key FROM assets WHERE scope_id = ?`,
      )
      .all(scopeIds[s], scopeIds[s], scopeIds[s]) as { id: string; name: string; extra: string | null }[];
    const own = rows.flatMap((r) => [r.id, r.name, ...(r.extra ? r.extra.split(' ') : [])]);
    const account = s.startsWith('O')
      ? (t.db.prepare('SELECT id, name, slug FROM organizations WHERE id = ?').get(scopeIds[s]) as Record<
          string,
          string
        >)
      : (t.db.prepare('SELECT id, email FROM users WHERE id = ?').get(scopeIds[s]) as Record<string, string>);
    tokens.set(s, [...own, ...Object.values(account)]);
  }

  const foreignScopes = (key: KeyName) => SCOPES.filter((s) => !scopesOf(key).includes(s));
  /** Foreign ids, names, slugs, file keys, org and user identities found in a body. */
  const leaksIn = (key: KeyName, body: string): string[] =>
    foreignScopes(key).flatMap((s) => tokens.get(s)!.filter((tok) => body.includes(tok)));

  /** Every row of every table, keyed by table and primary key, with the scope it belongs to. */
  const snapshot = () => {
    const rows = new Map<string, { scope: string; json: string }>();
    const tables = ['users', 'api_keys', 'organizations', 'memberships', 'themes', 'brands', 'assets'];
    for (const table of tables) {
      for (const row of t.db.prepare(`SELECT rowid AS _rowid, * FROM ${table}`).all() as Record<string, any>[]) {
        const scoped = 'scope_id' in row;
        const scope = scoped
          ? row.scope_id === null
            ? 'system'
            : (scopeOfId.get(row.scope_id) ?? 'other')
          : 'account';
        rows.set(`${table}:${row.id ?? row._rowid}`, { scope, json: JSON.stringify(row) });
      }
    }
    return { rows, files: fs.readdirSync(t.files.dir).sort().join(',') };
  };
  type Snapshot = ReturnType<typeof snapshot>;
  /** Rows added, removed or changed between two snapshots, with their scopes. */
  const diff = (a: Snapshot, b: Snapshot) => {
    const changed: { row: string; scope: string }[] = [];
    for (const k of new Set([...a.rows.keys(), ...b.rows.keys()])) {
      const x = a.rows.get(k);
      const y = b.rows.get(k);
      if (x?.json !== y?.json) changed.push({ row: k, scope: (x ?? y)!.scope });
    }
    return { changed, filesChanged: a.files !== b.files };
  };

  /** Runs one request inside a transaction that is rolled back, so every case starts from the same world. */
  const isolated = async <T>(fn: () => Promise<T>): Promise<{ result: T; before: Snapshot; after: Snapshot }> => {
    t.db.exec('BEGIN');
    try {
      const before = snapshot();
      const result = await fn();
      return { result, before, after: snapshot() };
    } finally {
      t.db.exec('ROLLBACK');
    }
  };

  const find = (kind: Kind, scope: ScopeName, index = 1) =>
    objects.find((o) => o.kind === kind && o.scope === scope && o.index === index)!;
  const unknownOrg = newId('org');
  return {
    t,
    keys,
    scopeIds,
    objects,
    system,
    systemThemeIds,
    unknownOrg,
    leaksIn,
    snapshot,
    diff,
    isolated,
    find,
    PERSONAL,
  };
}
