// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Brand } from '../../contract/brand.ts';
import { errorOf, setup } from './route-test-helpers.ts';

let t: ReturnType<typeof setup>;
beforeEach(() => {
  t = setup();
});
afterEach(() => t.close());

const post = (body: Record<string, unknown>, key = t.keys.a) =>
  t.request('POST', '/v1/brands', { key, body: { name: 'Acme', theme_id: 'forest', ...body } });
const patch = (id: string, body: unknown, key = t.keys.a) => t.request('PATCH', `/v1/brands/${id}`, { key, body });
const get = (id: string, key = t.keys.a) => t.request('GET', `/v1/brands/${id}`, { key });
const MISSING = 'brand_01ARZ3NDEKTSV4RRFFQ69G5FAV';

describe('POST /v1/brands', () => {
  it('creates a brand with its embedded theme and no assets', async () => {
    const res = await post({ ai_instruction: 'Be bold.' });
    expect(res.status).toBe(201);
    const brand = Brand.parse(res.json);
    expect(brand).toMatchObject({
      object: 'brand',
      name: 'Acme',
      ai_instruction: 'Be bold.',
      theme_id: 'forest',
      assets: [],
    });
    expect(brand.id).toMatch(/^brand_[0-9A-Z]{26}$/);
    expect(brand.theme?.id).toBe('forest');
    expect(brand.created_at).toBe('2026-03-01T12:00:00.000Z');
    expect((await post({})).json.ai_instruction).toBeNull();
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ name: 'x'.repeat(101) }, 'name'],
    [{ ai_instruction: 'x'.repeat(2001) }, 'ai_instruction'],
    [{ ai_instruction: null }, 'ai_instruction'],
    [{ theme_id: '' }, 'theme_id'],
    [{ theme_id: 7 }, 'theme_id'],
    [{ org_id: '' }, 'org_id'],
    [{ id: MISSING }, '(root)'],
    [{ created_at: '2020-01-01T00:00:00.000Z' }, '(root)'],
  ])('rejects %j', async (body, path) => {
    const res = await post(body);
    expect(errorOf(res)).toMatchObject({ status: 400, code: 'VALIDATION_ERROR' });
    expect(res.json.error.details.map((d: { path: string }) => d.path)).toContain(path);
    expect(t.db.prepare('SELECT COUNT(*) AS n FROM brands').get()).toEqual({ n: 0 });
  });

  it('requires name and theme_id', async () => {
    expect((await t.request('POST', '/v1/brands', { body: { name: 'x' } })).status).toBe(400);
    expect((await t.request('POST', '/v1/brands', { body: { theme_id: 'forest' } })).status).toBe(400);
  });

  it.each([{ name: 'x' }, { name: 'x'.repeat(100) }, { ai_instruction: 'x'.repeat(2000) }, { ai_instruction: '' }])(
    'accepts %j at the limit',
    async (body) => {
      expect((await post(body)).status).toBe(201);
    },
  );

  it('accepts a custom theme of the same scope only', async () => {
    const personal = await t.makeTheme();
    const org = await t.makeTheme({ org_id: t.orgs.o1 });
    const foreign = await t.makeTheme({}, t.keys.b);
    expect((await post({ theme_id: personal.id })).json.theme.id).toBe(personal.id);
    expect((await post({ theme_id: org.id, org_id: t.orgs.o1 })).status).toBe(201);
    for (const [themeId, orgId] of [
      [org.id, undefined],
      [personal.id, t.orgs.o1],
      [org.id, t.orgs.o2],
      [foreign.id, undefined],
      ['no-such-key', undefined],
    ]) {
      const res = await post({ theme_id: themeId, ...(orgId ? { org_id: orgId } : {}) });
      expect(errorOf(res)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
      expect(res.json.error.message).not.toContain(foreign.id);
    }
  });

  it('creates in an org; unknown org 404, non-member org 403', async () => {
    expect((await post({ org_id: t.orgs.o2 })).status).toBe(201);
    expect((await post({ org_id: 'org_missing' })).status).toBe(404);
    expect((await post({ org_id: t.orgs.o3 })).status).toBe(403);
  });
});

describe('GET /v1/brands/:id', () => {
  it('returns own brands, 403 for foreign ones and 404 for missing ones', async () => {
    const brand = await t.makeBrand({ org_id: t.orgs.o1 });
    expect(Brand.parse((await get(brand.id)).json)).toEqual(brand);
    const foreign = await get(brand.id, t.keys.b);
    expect(errorOf(foreign)).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(foreign.text).not.toContain('Acme');
    expect((await get(MISSING)).status).toBe(404);
    expect((await get('nonsense')).status).toBe(404);
    expect((await get("brand_x' OR '1'='1")).status).toBe(404);
  });

  it('embeds every linked asset newest first and the current theme', async () => {
    const brand = await t.makeBrand();
    const first = await t.makeAsset({ brand_id: brand.id });
    await t.makeAsset(); // unassigned: not embedded
    const second = await t.makeAsset({ brand_id: brand.id });
    const other = await t.makeBrand({ name: 'Other' });
    await t.makeAsset({ brand_id: other.id });
    const got = Brand.parse((await get(brand.id)).json);
    expect(got.assets.map((a) => a.id)).toEqual([second.id, first.id]);
    expect(got.assets[0]).toEqual(second);
    const theme = await t.makeTheme({ name: 'Later' });
    await patch(brand.id, { theme_id: theme.id });
    await t.request('PATCH', `/v1/themes/${theme.id}`, { body: { name: 'Changed' } });
    const again = Brand.parse((await get(brand.id)).json);
    expect(again.theme).toMatchObject({ id: theme.id, name: 'Changed' });
    expect(again.theme_id).toBe(again.theme?.id);
  });
});

describe('PATCH /v1/brands/:id', () => {
  it('changes only present fields; null clears the instruction', async () => {
    const brand = await t.makeBrand({ ai_instruction: 'Keep it short.' });
    t.advance();
    const renamed = (await patch(brand.id, { name: 'Renamed' })).json;
    expect(renamed).toMatchObject({ name: 'Renamed', ai_instruction: 'Keep it short.', theme_id: 'midnight-blue' });
    expect(renamed.created_at).toBe(brand.created_at);
    expect(renamed.updated_at).toBe('2026-03-01T12:00:01.000Z');
    expect((await patch(brand.id, { ai_instruction: null })).json.ai_instruction).toBeNull();
    expect((await patch(brand.id, { ai_instruction: 'x'.repeat(2000) })).status).toBe(200);
    expect((await patch(brand.id, {})).json.name).toBe('Renamed');
  });

  it('validates the body', async () => {
    const brand = await t.makeBrand();
    for (const body of [
      { name: '' },
      { name: 'x'.repeat(101) },
      { ai_instruction: 'x'.repeat(2001) },
      { theme_id: null },
      { theme_id: '' },
      { org_id: t.orgs.o1 },
      { assets: [] },
      { id: MISSING },
    ]) {
      expect((await patch(brand.id, body)).status).toBe(400);
    }
    expect((await get(brand.id)).json).toEqual(brand);
  });

  it('checks theme_id against the brand own scope', async () => {
    const orgBrand = await t.makeBrand({ org_id: t.orgs.o1 });
    const orgTheme = await t.makeTheme({ org_id: t.orgs.o1 });
    const personal = await t.makeTheme();
    expect((await patch(orgBrand.id, { theme_id: personal.id })).status).toBe(404);
    expect((await patch(orgBrand.id, { theme_id: 'no-such-theme' })).status).toBe(404);
    expect((await patch(orgBrand.id, { theme_id: orgTheme.id })).json.theme.id).toBe(orgTheme.id);
  });

  it('answers 403 for a foreign brand and 404 for a missing one', async () => {
    const brand = await t.makeBrand();
    expect((await patch(brand.id, { name: 'Hijack' }, t.keys.b)).status).toBe(403);
    expect((await patch(MISSING, { name: 'x' })).status).toBe(404);
    expect((await get(brand.id)).json.name).toBe('Acme');
  });
});

describe('DELETE /v1/brands/:id', () => {
  it('unlinks every asset and keeps the theme', async () => {
    const theme = await t.makeTheme();
    const brand = await t.makeBrand({ theme_id: theme.id });
    const a1 = await t.makeAsset({ brand_id: brand.id });
    const a2 = await t.makeAsset({ brand_id: brand.id, usage_mode: 'never' });
    t.advance();
    const res = await t.request('DELETE', `/v1/brands/${brand.id}`);
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expect((await get(brand.id)).status).toBe(404);
    for (const asset of [a1, a2]) {
      const after = (await t.request('GET', `/v1/assets/${asset.id}`)).json;
      expect(after).toMatchObject({ brand_id: null, usage_mode: asset.usage_mode });
      expect(after.updated_at).toBe('2026-03-01T12:00:01.000Z');
    }
    expect((await t.request('GET', `/v1/themes/${theme.id}`)).status).toBe(200);
    expect((await t.request('DELETE', `/v1/themes/${theme.id}`)).status).toBe(204);
  });

  it('answers 403 for a foreign brand (nothing changes) and 404 for a missing one', async () => {
    const brand = await t.makeBrand();
    const asset = await t.makeAsset({ brand_id: brand.id });
    expect((await t.request('DELETE', `/v1/brands/${brand.id}`, { key: t.keys.b })).status).toBe(403);
    expect((await get(brand.id)).json.assets.map((a: { id: string }) => a.id)).toEqual([asset.id]);
    expect((await t.request('DELETE', `/v1/brands/${MISSING}`)).status).toBe(404);
  });
});
