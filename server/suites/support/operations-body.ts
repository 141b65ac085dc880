import fc from 'fast-check';
import { Asset } from '../../../contract/asset.ts';
import { Brand } from '../../../contract/brand.ts';
import { THEME_COLOR_TOKENS, Theme } from '../../../contract/theme.ts';
import type { Fixtures } from './fixtures.ts';
import { hostileIdSegment } from './hostile-values.ts';
import type { Operation } from './operations.ts';
import { type FieldSpec, type Parts, hostileBody, toRequest, withBadAuth } from './request-parts.ts';
import { assetType, usageMode, validColor, validColors, validColorsPatch, validLabel, validMultiline, validSourceUrl, validTags } from './valid-values.ts';

const badColor = fc.oneof(
  fc.constantFrom('#abcd', '#GGGGGG', 'red', ' #fff', '#fff ', '#fff\u0000', 'rgb(0,0,0)', '#ffffff00', '#', '', 'fff', '#\u{1f600}', '＃fff'),
  validColor.map((c) => c.toLowerCase() + 'f'),
);
/** A colours object broken in one token: a bad colour, a missing or an unknown token, or not an object. */
const badColors = (full: boolean) =>
  fc.oneof(
    fc.tuple(validColors, fc.constantFrom(...THEME_COLOR_TOKENS), badColor).map(([c, t, v]) => ({ ...c, [t]: v })),
    fc.tuple(validColors, fc.constantFrom(...THEME_COLOR_TOKENS)).map(([c, t]) => {
      const copy: Record<string, unknown> = { ...c };
      delete copy[t];
      return full ? copy : { ...copy, accent: '#FFFFFF' };
    }),
    validColors.map((c) => ({ ...c, accent: '#FFFFFF' })),
    validColors.map((c) => Object.values(c)),
  );
const badId = (prefix: string) => fc.oneof(hostileIdSegment.map(decodeSafe), fc.constantFrom(`${prefix}_`, `${prefix}_${'a'.repeat(101)}`, 'x_abc', `${prefix}_a b`, `${prefix}_\u0000`));
const decodeSafe = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

const create = (path: string, detail: (id: string) => string, parts: fc.Arbitrary<Parts>, fields: Record<string, FieldSpec>, schema: Operation['schema']): Operation => ({
  name: `POST ${path}`,
  statuses: [201, 400, 401, 403, 404],
  schema,
  invalid: fc.oneof({ weight: 1, arbitrary: withBadAuth(parts) }, { weight: 6, arbitrary: hostileBody(parts, fields) }),
  valid: parts.map((p) => toRequest(p)),
  detail,
});

const patch = (base: string, statuses: number[], parts: fc.Arbitrary<Parts>, fields: Record<string, FieldSpec>, schema: Operation['schema']): Operation => ({
  name: `PATCH ${base}/{id}`,
  statuses,
  schema,
  invalid: fc.oneof(
    { weight: 1, arbitrary: withBadAuth(parts) },
    { weight: 6, arbitrary: hostileBody(parts, fields) },
    { weight: 1, arbitrary: fc.tuple(parts, hostileIdSegment).map(([p, id]) => toRequest({ ...p, path: `${base}/${id}` })) },
  ),
  valid: parts.map((p) => toRequest(p)),
  detail: (id) => `${base}/${id}`,
});

/** The six operations with JSON bodies. */
export function bodyOps(fx: Fixtures) {
  const { a, b } = fx.keys;
  const name100: FieldSpec = { max: 100, required: true };
  const brandCreate = fc.oneof(
    fc.record({ name: validLabel(100), theme_id: fc.constantFrom(fx.themes.system, fx.themes.a), ai_instruction: validMultiline(2000) }, { requiredKeys: ['name', 'theme_id'] }),
    fc.record({ name: validLabel(100), theme_id: fc.constantFrom(fx.themes.system, fx.themes.o1), org_id: fc.constant(fx.orgs.o1) }),
  ).map((body): Parts => ({ method: 'POST', path: '/v1/brands', key: a, body }));
  const brandPatch = fc
    .tuple(
      fc.constantFrom(fx.brands.a, fx.brands.o1),
      fc.record({ name: validLabel(100), ai_instruction: fc.option(validMultiline(2000)), theme_id: fc.constant(fx.themes.system) }, { requiredKeys: [] }),
    )
    .map(([id, body]): Parts => ({ method: 'PATCH', path: `/v1/brands/${id}`, key: a, body }));
  const themeCreate = fc
    .record({ name: validLabel(100), font_primary: validLabel(100), font_secondary: validLabel(100), colors: validColors, org_id: fc.constant(fx.orgs.o1) }, { requiredKeys: ['name', 'font_primary', 'font_secondary', 'colors'] })
    .map((body): Parts => ({ method: 'POST', path: '/v1/themes', key: a, body }));
  const themePatch = fc
    .tuple(fc.constantFrom(fx.themes.a, fx.themes.o1), fc.record({ name: validLabel(100), font_primary: validLabel(100), font_secondary: validLabel(100), colors: validColorsPatch }, { requiredKeys: [] }))
    .map(([id, body]): Parts => ({ method: 'PATCH', path: `/v1/themes/${id}`, key: a, body }));
  const assetFields = {
    name: validLabel(200),
    type: assetType,
    usage_mode: usageMode,
    category: fc.option(validLabel(100, 0)),
    tags: validTags,
  };
  const assetCreate = fc
    .tuple(fc.constantFrom<[string, string | undefined, string | null]>([a, undefined, fx.brands.a], [a, fx.orgs.o1, fx.brands.o1], [b, undefined, null]), validSourceUrl, fc.record(assetFields, { requiredKeys: [] }), fc.boolean())
    .map(([[key, org, brand], url, rest, link]): Parts => ({
      method: 'POST',
      path: '/v1/assets',
      key,
      body: { source_url: url, ...rest, ...(org ? { org_id: org } : {}), ...(link ? { brand_id: brand } : {}) },
    }));
  const assetPatch = fc
    .tuple(fc.constantFrom<[string, string]>([fx.assets.a, fx.brands.a], [fx.assets.o1, fx.brands.o1]), fc.record({ ...assetFields, link: fc.boolean() }, { requiredKeys: [] }))
    .map(([[id, brand], { link, ...rest }]): Parts => ({
      method: 'PATCH',
      path: `/v1/assets/${id}`,
      key: a,
      body: { ...rest, ...(link === undefined ? {} : { brand_id: link ? brand : null }) },
    }));

  const enumBad = fc.constantFrom('ICON', 'Photo', '', 'always ', 'sometimes', 'null');
  const assetSpecs = (required: boolean): Record<string, FieldSpec> => ({
    ...(required ? { source_url: { max: 2048, required: true, bad: fc.constantFrom('http://img.test/a.png', 'ftp://x', 'data:image/png;base64,AA', 'https://', 'img.test/a.png', 'https://fail.test/a.png', ['java', 'script:alert(1)'].join('')) } } : {}),
    name: { max: 200 },
    type: { max: 0, bad: enumBad },
    usage_mode: { max: 0, bad: enumBad },
    brand_id: { max: 0, bad: fc.oneof(badId('brand'), fc.constant(fx.brands.b)) },
    category: { max: 100 },
    tags: { max: 0, bad: fc.oneof(fc.array(fc.constantFrom('', 'x'.repeat(65), 'a\u0000', 'a\u202e', '\ud800', 1, null), { minLength: 1, maxLength: 3 }), fc.constant(Array.from({ length: 51 }, (_, i) => `t${i}`))) },
    ...(required ? { org_id: { max: 100, bad: fc.constantFrom(fx.orgs.o3, 'org_nope', '') } } : {}),
  });
  return {
    createBrand: create('/v1/brands', (id) => `/v1/brands/${id}`, brandCreate, {
      name: name100,
      theme_id: { max: 100, required: true, bad: fc.oneof(badId('theme'), fc.constantFrom(fx.themes.b, fx.themes.o1, 'no-such-theme')) },
      ai_instruction: { max: 2000 },
      org_id: { max: 100, bad: fc.constantFrom(fx.orgs.o3, 'org_nope', '', fx.orgs.o2) },
    }, Brand),
    patchBrand: patch('/v1/brands', [200, 400, 401, 403, 404], brandPatch, {
      name: { max: 100 },
      ai_instruction: { max: 2000 },
      theme_id: { max: 100, bad: fc.constantFrom(fx.themes.b, fx.themes.o1, 'no-such-theme', '') },
    }, Brand),
    createTheme: create('/v1/themes', (id) => `/v1/themes/${id}`, themeCreate, {
      name: name100,
      font_primary: name100,
      font_secondary: name100,
      colors: { max: 0, required: true, bad: badColors(true) },
      org_id: { max: 100, bad: fc.constantFrom(fx.orgs.o3, 'org_nope', '') },
    }, Theme),
    patchTheme: patch('/v1/themes', [200, 400, 401, 403, 404], themePatch.map((p) => p), {
      name: { max: 100 },
      font_primary: { max: 100 },
      font_secondary: { max: 100 },
      colors: { max: 0, bad: badColors(false) },
    }, Theme),
    createAsset: create('/v1/assets', (id) => `/v1/assets/${id}`, assetCreate, assetSpecs(true), Asset),
    patchAsset: patch('/v1/assets', [200, 400, 401, 404], assetPatch, assetSpecs(false), Asset),
  };
}
