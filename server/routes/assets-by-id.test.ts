// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Asset } from '../../contract/asset.ts';
import { errorOf, setup } from './route-test-helpers.ts';

let t: ReturnType<typeof setup>;
beforeEach(() => {
  t = setup();
});
afterEach(() => t.close());

const keyOf = (id: string) =>
  (t.db.prepare('SELECT file_key FROM assets WHERE id = ?').get(id) as { file_key: string }).file_key;
const MISSING_BRAND = 'brand_01ARZ3NDEKTSV4RRFFQ69G5FAV';

describe('GET, PATCH and DELETE /v1/assets/:id', () => {
  it('reads own assets; foreign and missing ones are 404', async () => {
    const asset = await t.makeAsset({ org_id: t.orgs.o1 });
    expect((await t.request('GET', `/v1/assets/${asset.id}`)).json).toEqual(asset);
    const foreign = await t.request('GET', `/v1/assets/${asset.id}`, { key: t.keys.b });
    expect(errorOf(foreign)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect((await t.request('PATCH', `/v1/assets/${asset.id}`, { key: t.keys.b, body: { name: 'x' } })).status).toBe(
      404,
    );
    expect((await t.request('DELETE', `/v1/assets/${asset.id}`, { key: t.keys.b })).status).toBe(404);
    expect((await t.request('GET', '/v1/assets/asset_01ARZ3NDEKTSV4RRFFQ69G5FAV')).status).toBe(404);
    expect((await t.request('GET', '/v1/assets/whatever')).status).toBe(404);
    expect((await t.request('GET', `/v1/assets/${asset.id}`)).json.name).toBe('logo');
  });

  it('patches only present fields; tags replace; slug follows the name; usage_mode stays', async () => {
    const brand = await t.makeBrand();
    const asset = await t.makeAsset({ tags: ['old'], category: 'logo' });
    t.advance();
    const patch = (body: unknown) => t.request('PATCH', `/v1/assets/${asset.id}`, { body });
    const res = await patch({ name: 'New Name', tags: ['x', 'y', 'x'] });
    expect(res.json).toMatchObject({
      name: 'New Name',
      slug: 'new-name',
      tags: ['x', 'y'],
      category: 'logo',
      usage_mode: 'maybe',
    });
    expect(res.json.created_at).toBe(asset.created_at);
    expect(res.json.updated_at).toBe('2026-03-01T12:00:01.000Z');
    expect((await patch({ brand_id: brand.id })).json).toMatchObject({ brand_id: brand.id, usage_mode: 'maybe' });
    expect((await t.request('GET', `/v1/brands/${brand.id}`)).json.assets.map((a: Asset) => a.id)).toEqual([asset.id]);
    expect((await patch({ category: null, type: 'illustration', usage_mode: 'never' })).json).toMatchObject({
      category: null,
      type: 'illustration',
      usage_mode: 'never',
      brand_id: brand.id,
    });
    expect((await patch({ brand_id: null })).json.brand_id).toBeNull();
    expect((await patch({})).json.name).toBe('New Name');
  });

  it('refuses invalid bodies and cross-scope brands', async () => {
    const asset = await t.makeAsset();
    const orgBrand = await t.makeBrand({ org_id: t.orgs.o1 });
    const patch = (body: unknown) => t.request('PATCH', `/v1/assets/${asset.id}`, { body });
    for (const body of [
      { name: '' },
      { name: 'x'.repeat(201) },
      { category: 'x'.repeat(101) },
      { tags: [1] },
      { type: 'gif' },
      { source_url: 'https://img.test/b.png' },
      { org_id: t.orgs.o1 },
      { url: 'https://evil.test/x.png' },
      { size: 1 },
      { width: 1 },
      { id: 'asset_x' },
    ]) {
      expect((await patch(body)).status).toBe(400);
    }
    expect((await patch({ brand_id: orgBrand.id })).status).toBe(404);
    expect((await patch({ brand_id: MISSING_BRAND })).status).toBe(404);
    expect((await t.request('GET', `/v1/assets/${asset.id}`)).json).toEqual(asset);
  });

  it('deletes the row, then the bytes once no row uses them', async () => {
    const asset = await t.makeAsset();
    const fileKey = keyOf(asset.id);
    // A seeded twin sharing the same bytes keeps the file alive.
    t.db
      .prepare(
        `INSERT INTO assets SELECT 'asset_01ARZ3NDEKTSV4RRFFQ69G5FAV', scope_id, brand_id, name, type, file_key, slug, format,
         usage_mode, category, tags_json, size, width, height, created_at, updated_at FROM assets WHERE id = ?`,
      )
      .run(asset.id);
    const res = await t.request('DELETE', `/v1/assets/${asset.id}`);
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expect(t.files.has(fileKey)).toBe(true);
    expect((await t.request('GET', `/v1/assets/${asset.id}`)).status).toBe(404);
    expect((await t.request('DELETE', `/v1/assets/${asset.id}`)).status).toBe(404);
    expect((await t.request('DELETE', '/v1/assets/asset_01ARZ3NDEKTSV4RRFFQ69G5FAV')).status).toBe(204);
    expect(t.files.has(fileKey)).toBe(false);
  });

  it('drops a deleted asset from its brand', async () => {
    const brand = await t.makeBrand();
    const asset = await t.makeAsset({ brand_id: brand.id });
    await t.request('DELETE', `/v1/assets/${asset.id}`);
    expect((await t.request('GET', `/v1/brands/${brand.id}`)).json.assets).toEqual([]);
  });
});
