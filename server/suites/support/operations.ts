import fc from 'fast-check';
import type { z } from 'zod';
import { Asset, AssetList } from '../../../contract/asset.ts';
import { Brand, BrandList } from '../../../contract/brand.ts';
import { OrganizationList } from '../../../contract/organization.ts';
import { Theme, ThemeList } from '../../../contract/theme.ts';
import { Health, User } from '../../../contract/user.ts';
import type { RawRequest } from './fuzz-app.ts';
import type { Fixtures } from './fixtures.ts';
import { hostileIdSegment } from './hostile-values.ts';
import { type Parts, badAuth, hostileQuery, toRequest, withBadAuth } from './request-parts.ts';
import { bodyOps } from './operations-body.ts';

/** One of the 19 operations of the README's route table, with its contract and its generators. */
export interface Operation {
  name: string;
  /** Every status the contract lists for it (README route table; 413 and 415 for JSON bodies). */
  statuses: number[];
  schema?: z.ZodType;
  invalid: fc.Arbitrary<RawRequest>;
  valid: fc.Arbitrary<RawRequest>;
  /** Valid DELETEs first make the object they remove: `{fresh}` in the path is replaced by its id. */
  fresh?: 'brand' | 'theme' | 'asset';
  /** Where a created or patched object is read back (round trip), from the 2xx body's id. */
  detail?: (id: string) => string;
}

export const BODY_STATUSES = [413, 415];
const keyOf = (fx: Fixtures) => fc.constantFrom(fx.keys.a, fx.keys.b);

const health = (path: string): Operation => ({
  name: `GET ${path}`,
  statuses: [200],
  schema: Health,
  invalid: fc.tuple(hostileQuery({}), badAuth).map(([q, auth]): RawRequest => ({ method: 'GET', path: `${path}?${q}`, headers: auth ? { authorization: auth } : {} })),
  valid: fc.constant({ method: 'GET', path }),
});

function plain(fx: Fixtures, path: string, schema: z.ZodType): Operation {
  const parts = keyOf(fx).map((key): Parts => ({ method: 'GET', path, key }));
  return {
    name: `GET ${path}`,
    statuses: [200, 401],
    schema,
    invalid: fc.oneof(withBadAuth(parts), fc.tuple(parts, hostileQuery({})).map(([p, query]) => toRequest({ ...p, query }))),
    valid: parts.map((p) => toRequest(p)),
  };
}

function list(fx: Fixtures, path: string, schema: z.ZodType, extra: Record<string, fc.Arbitrary<string>>, cursor: string): Operation {
  const { o1, o2, o3 } = fx.orgs;
  const known = {
    limit: fc.constantFrom('0', '21', '-1', '1.5', 'abc', '', '1e1', '020', ' 5', '99999999999999999999', '1', '20', '%31'),
    after: fc.constantFrom(`${cursor}_`, `${cursor}_${'a'.repeat(101)}`, 'x_abc', `${cursor}_abc`, `${cursor}_a%20b`, `${cursor}_%00`, '..', 'Midnight-Blue'),
    org_id: fc.constantFrom('', 'x'.repeat(101), 'org_nope', o3, o2, o1, '%00'),
    ...extra,
  };
  const parts = keyOf(fx).map((key): Parts => ({ method: 'GET', path, key }));
  const validQuery = fc.record(
    { limit: fc.integer({ min: 1, max: 20 }).map(String), org_id: fc.constant(o1), ...Object.fromEntries(Object.entries(extra).map(([k]) => [k, validExtra[k]!(fx)])) },
    { requiredKeys: [] },
  );
  return {
    name: `GET ${path}`,
    statuses: [200, 400, 401, 403, 404],
    schema,
    invalid: fc.oneof(withBadAuth(parts), fc.tuple(parts, hostileQuery(known)).map(([p, query]) => toRequest({ ...p, query }))),
    valid: fc.tuple(parts, validQuery).map(([p, q]) => toRequest({ ...p, query: new URLSearchParams(q as Record<string, string>).toString() })),
  };
}
const validExtra: Record<string, (fx: Fixtures) => fc.Arbitrary<string>> = {
  type: () => fc.constantFrom('icon', 'illustration', 'photo', 'video'),
  brand_id: (fx) => fc.constantFrom(fx.brands.o1, 'brand_abc123'),
  unassigned: () => fc.constantFrom('true', 'false'),
};

function byId(fx: Fixtures, method: string, base: string, statuses: number[], own: string[], foreign: string[], schema?: z.ZodType): Operation {
  const key = fc.constant(fx.keys.a);
  const target = fc.oneof(fc.constantFrom(...own, ...foreign), hostileIdSegment);
  const hostile = fc.oneof(
    fc.tuple(key, fc.oneof(fc.constantFrom(...foreign), hostileIdSegment)).map(([k, id]) => toRequest({ method, path: `${base}/${id}`, key: k })),
    fc.tuple(key, target, badAuth).map(([k, id, auth]) => toRequest({ method, path: `${base}/${id}`, key: k }, { auth })),
    fc.tuple(key, target, hostileQuery({})).map(([k, id, query]) => toRequest({ method, path: `${base}/${id}`, key: k, query })),
  );
  const valid = method === 'DELETE' ? fc.constant(toRequest({ method, path: `${base}/{fresh}`, key: fx.keys.a })) : fc.constantFrom(...own).map((id) => toRequest({ method, path: `${base}/${id}`, key: fx.keys.a }));
  return { name: `${method} ${base}/{id}`, statuses, schema, invalid: hostile, valid };
}

/** All 19 operations: 2 health, me, organizations, and 5 each for brands, themes and assets. */
export function operations(fx: Fixtures): Operation[] {
  const assetExtra = {
    type: fc.constantFrom('ICON', 'foo', '', 'icon,photo'),
    brand_id: fc.constantFrom('brand_', 'x', 'asset_abc', `brand_${'a'.repeat(101)}`, fx.brands.b, '%ff'),
    unassigned: fc.constantFrom('yes', '1', 'TRUE', ''),
  };
  const body = bodyOps(fx);
  const bodyFirst = (op: Operation) => ({ ...op, statuses: [...op.statuses, ...BODY_STATUSES] });
  const del = (base: string, statuses: number[], own: string[], foreign: string[], fresh: Operation['fresh']) => ({ ...byId(fx, 'DELETE', base, statuses, own, foreign), fresh });
  return [
    health('/health'),
    health('/v1/health'),
    plain(fx, '/v1/me', User),
    plain(fx, '/v1/organizations', OrganizationList),
    list(fx, '/v1/brands', BrandList, {}, 'brand'),
    bodyFirst(body.createBrand),
    byId(fx, 'GET', '/v1/brands', [200, 401, 403, 404], [fx.brands.a, fx.brands.o1], [fx.brands.b], Brand),
    bodyFirst(body.patchBrand),
    del('/v1/brands', [204, 401, 403, 404], [], [fx.brands.b], 'brand'),
    list(fx, '/v1/themes', ThemeList, {}, 'theme'),
    byId(fx, 'GET', '/v1/themes', [200, 401, 404], [fx.themes.a, fx.themes.o1, fx.themes.system], [fx.themes.b], Theme),
    bodyFirst(body.createTheme),
    bodyFirst(body.patchTheme),
    del('/v1/themes', [204, 401, 403, 404, 409], [fx.themes.system, fx.themes.pinned], [fx.themes.b], 'theme'),
    list(fx, '/v1/assets', AssetList, assetExtra, 'asset'),
    bodyFirst(body.createAsset),
    byId(fx, 'GET', '/v1/assets', [200, 401, 404], [fx.assets.a, fx.assets.o1], [fx.assets.b], Asset),
    bodyFirst(body.patchAsset),
    del('/v1/assets', [204, 401, 404], [], [fx.assets.b], 'asset'),
  ];
}
