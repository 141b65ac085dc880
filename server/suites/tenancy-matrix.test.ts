// @vitest-environment node
/* eslint-disable @typescript-eslint/no-explicit-any -- tests read arbitrary JSON */
/**
 * D3 (reliability.md): the cross-tenant matrix. Every case comes from tenancy-pivot.ts; each runs in a
 * rolled-back transaction and is checked three ways: the status (and envelope code) the contract names,
 * no foreign token anywhere in the body, and no foreign row or stored file touched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BY_ID,
  CODES,
  CROSS_REF_STATUS,
  KEYS,
  LIST_ENDPOINTS,
  LIST_STATUS,
  ORG_PARAMS,
  PATCH_BODY,
  PERSONAL,
  SCOPES,
  USERS,
  scopesOf,
  type KeyName,
  type Method,
  type Relation,
  type ScopeName,
} from './tenancy-pivot.ts';
import { buildWorld, type World, type WorldObject } from './tenancy-world.ts';

let w: World;
const counts = { byId: 0, lists: 0, crossRefs: 0, mismatches: 0, leaks: 0 };

beforeAll(async () => {
  w = await buildWorld();
});
afterAll(() => {
  const total = counts.byId + counts.lists + counts.crossRefs;
  console.log(
    `D3 tenancy matrix: ${counts.byId} by-id + ${counts.lists} list + ${counts.crossRefs} cross-scope = ${total} cases, ` +
      `${counts.mismatches} mismatches, ${counts.leaks} leaks`,
  );
  w?.t.close();
});

/** Runs one isolated request and returns every way it disagrees with the expectation. */
async function check(
  key: KeyName,
  method: string,
  path: string,
  body: unknown,
  expected: number,
  verify?: (json: any) => string[],
): Promise<string[]> {
  const { result: res, before, after } = await w.isolated(() => w.t.request(method, path, { key: w.keys[key], body }));
  const problems: string[] = [];
  const label = `${key} ${method} ${path}`;
  if (res.status !== expected) problems.push(`${label}: status ${res.status}, expected ${expected}`);
  else if (expected >= 400 && res.json?.error?.code !== CODES[expected])
    problems.push(`${label}: code ${res.json?.error?.code}`);
  else if (verify && expected < 300) problems.push(...verify(res.json).map((p) => `${label}: ${p}`));
  counts.mismatches += problems.length;

  const leaked = w.leaksIn(key, res.text);
  const { changed, filesChanged } = w.diff(before, after);
  const allowed = res.status < 300 ? new Set<string>(scopesOf(key)) : new Set<string>();
  const foreignRows = changed.filter((c) => !allowed.has(c.scope));
  const leaks = [
    ...leaked.map((tok) => `${label}: body carries foreign ${JSON.stringify(tok)}`),
    ...foreignRows.map((c) => `${label}: changed ${c.row} (${c.scope})`),
    ...(filesChanged && res.status >= 300 ? [`${label}: stored files changed`] : []),
  ];
  counts.leaks += leaks.length;
  return [...problems, ...leaks];
}

const relationOf = (key: KeyName, o: WorldObject): Relation =>
  key === 'revoked' ? 'revoked' : o.scope === 'system' ? 'system' : scopesOf(key).includes(o.scope) ? 'own' : 'foreign';
const pathOf = (o: WorldObject) => `/v1/${o.kind === 'asset' ? 'assets' : `${o.kind}s`}/${o.id}`;
const METHODS: Method[] = ['GET', 'PATCH', 'DELETE'];

describe('D3 cross-tenant matrix', () => {
  it('builds the world the pivot describes', () => {
    expect(w.objects).toHaveLength(30);
    expect(new Set(w.objects.map((o) => o.id)).size).toBe(30);
    expect(w.systemThemeIds.length).toBeGreaterThanOrEqual(10);
  });

  it('the leak detectors can fail: a foreign body and a foreign write are caught', async () => {
    const cBrands = await w.t.request('GET', '/v1/brands', { key: w.keys.C });
    expect(w.leaksIn('A', cBrands.text).length).toBeGreaterThan(0);
    const { before, after } = await w.isolated(async () => {
      w.t.db.prepare("UPDATE brands SET name = 'x' WHERE id = ?").run(w.find('brand', 'PC').id);
    });
    expect(w.diff(before, after).changed).toEqual([expect.objectContaining({ scope: 'PC' })]);
  });

  it('by id: 4 keys × (30 objects + a system theme) × GET, PATCH, DELETE', async () => {
    const problems: string[] = [];
    for (const key of KEYS) {
      for (const o of [...w.objects, w.system]) {
        for (const method of METHODS) {
          const expected = BY_ID[relationOf(key, o)][o.kind]![method];
          const verify =
            method === 'GET' && expected === 200
              ? (json: any) => (json.id === o.id ? [] : [`got ${json.id}`])
              : undefined;
          const body = method === 'PATCH' ? PATCH_BODY[o.kind] : undefined;
          problems.push(...(await check(key, method, pathOf(o), body, expected, verify)));
          counts.byId++;
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists: 4 keys × 3 endpoints × org_id none, O1, O2, unknown', async () => {
    const problems: string[] = [];
    for (const key of KEYS) {
      for (const [kind, endpoint] of Object.entries(LIST_ENDPOINTS)) {
        for (const org of ORG_PARAMS) {
          let scope: ScopeName | null = null;
          let expected: number;
          if (key === 'revoked') expected = LIST_STATUS.revoked;
          else if (org === 'unknown') expected = LIST_STATUS.unknown;
          else {
            scope = org === 'none' ? PERSONAL[key] : org;
            expected = scopesOf(key).includes(scope) ? LIST_STATUS.member : LIST_STATUS.nonMember;
          }
          const orgId = org === 'none' ? null : org === 'unknown' ? w.unknownOrg : w.scopeIds[org];
          const path = orgId ? `${endpoint}?org_id=${orgId}` : endpoint;
          // A 200 lists exactly the scope's objects (themes: its custom ones first, then system themes only).
          const verify = (json: any) => {
            const want = w.objects.filter((o) => o.kind === kind && o.scope === scope).map((o) => o.id);
            const data = json.data as { id: string; is_custom?: boolean }[];
            const own = data.filter((d) => d.is_custom !== false).map((d) => d.id);
            const system = data.filter((d) => d.is_custom === false).map((d) => d.id);
            const out: string[] = [];
            if ([...own].sort().join() !== [...want].sort().join())
              out.push(`listed ${own.join()} instead of ${want.join()}`);
            if (system.some((id) => !w.systemThemeIds.includes(id))) out.push('listed a non-system theme as system');
            return out;
          };
          problems.push(...(await check(key, 'GET', path, undefined, expected, verify)));
          counts.lists++;
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('cross-scope references: own asset onto another scope’s brand, another scope’s custom theme on an own brand', async () => {
    const problems: string[] = [];
    for (const key of USERS) {
      for (const s of scopesOf(key)) {
        for (const other of SCOPES.filter((x) => x !== s)) {
          const asset = w.find('asset', s, 3);
          const brand = w.find('brand', s, 2);
          const link = { brand_id: w.find('brand', other).id };
          const retheme = { theme_id: w.find('theme', other).id };
          problems.push(...(await check(key, 'PATCH', pathOf(asset), link, CROSS_REF_STATUS)));
          problems.push(...(await check(key, 'PATCH', pathOf(brand), retheme, CROSS_REF_STATUS)));
          counts.crossRefs += 2;
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
