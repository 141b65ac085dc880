// @vitest-environment node
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Asset } from '../../contract/asset.ts';
import { errorOf, setup } from './route-test-helpers.ts';

let t: ReturnType<typeof setup>;
beforeEach(() => {
  t = setup();
});
afterEach(() => t.close());

const post = (body: Record<string, unknown>, key = t.keys.a) =>
  t.request('POST', '/v1/assets', { key, body: { source_url: 'https://img.test/logo.png', ...body } });
const fileCount = () => (t.db.prepare('SELECT COUNT(*) AS n FROM assets').get() as { n: number }).n;
const MISSING_BRAND = 'brand_01ARZ3NDEKTSV4RRFFQ69G5FAV';

describe('POST /v1/assets', () => {
  it('fetches, stores the bytes and returns the asset', async () => {
    const res = await post({ name: 'LiveHaus Logo', category: 'logo', tags: ['a', 'b', 'a', 'c', 'b'] });
    expect(res.status).toBe(201);
    const asset = Asset.parse(res.json);
    expect(asset).toMatchObject({
      object: 'asset',
      name: 'LiveHaus Logo',
      slug: 'livehaus-logo',
      format: 'png',
      type: 'icon',
      usage_mode: 'maybe',
      category: 'logo',
      tags: ['a', 'b', 'c'],
      brand_id: null,
      width: 64,
      height: 64,
      created_at: '2026-03-01T12:00:00.000Z',
      updated_at: '2026-03-01T12:00:00.000Z',
    });
    const fileKey = asset.url.slice('http://sandbox.test/files/'.length);
    expect(fileKey).toMatch(/^[0-9a-f]{32}\.png$/);
    const stored = readFileSync(t.files.path(fileKey)!);
    expect(stored.toString()).toBe('bytes of https://img.test/logo.png');
    expect(asset.size).toBe(stored.byteLength);
    const served = await t.app.request(`/files/${fileKey}`);
    expect(served.status).toBe(200);
    expect(t.calls).toEqual(['https://img.test/logo.png']);
  });

  it.each([
    ['https://img.test/a.png?w=256&h=256', 'icon'],
    ['https://img.test/a.png?w=257&h=10', 'photo'],
    ['https://img.test/a.jpg?w=1024&h=768', 'photo'],
    ['https://img.test/a.webp?w=none&h=none', 'photo'],
    ['https://img.test/a.svg?w=24&h=24', 'icon'],
    ['https://img.test/a.svg?w=800&h=600', 'illustration'],
    ['https://img.test/a.gif?w=100&h=300', 'photo'],
    ['https://img.test/a.mp4', 'video'],
    ['https://img.test/a.webm', 'video'],
  ])('infers the type of %s as %s', async (url, type) => {
    const asset = (await post({ source_url: url })).json;
    expect(asset.type).toBe(type);
    if (type === 'video') expect([asset.width, asset.height]).toEqual([null, null]);
  });

  it('keeps an explicit type and derives names and slugs from the file', async () => {
    expect((await post({ source_url: 'https://img.test/a.mp4', type: 'photo' })).json.type).toBe('photo');
    const named = (await post({ source_url: 'https://img.test/Caf%C3%A9%20Menu.png' })).json;
    expect(named).toMatchObject({ name: 'Café Menu', slug: 'cafe-menu' });
    expect((await post({ source_url: 'https://img.test/' })).json).toMatchObject({ name: 'Untitled asset' });
    expect((await post({ name: '!!!' })).json.slug).toBe('asset');
  });

  it('defaults usage_mode to always with a brand and maybe without; explicit values win', async () => {
    const brand = await t.makeBrand();
    expect((await post({ brand_id: brand.id })).json).toMatchObject({ brand_id: brand.id, usage_mode: 'always' });
    expect((await post({ brand_id: null })).json.usage_mode).toBe('maybe');
    expect((await post({ brand_id: brand.id, usage_mode: 'never' })).json.usage_mode).toBe('never');
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ name: 'x'.repeat(201) }, 'name'],
    [{ category: 'x'.repeat(101) }, 'category'],
    [{ type: 'document' }, 'type'],
    [{ usage_mode: 'sometimes' }, 'usage_mode'],
    [{ tags: [''] }, 'tags.0'],
    [{ tags: ['x'.repeat(65)] }, 'tags.0'],
    [{ tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }, 'tags'],
    [{ tags: 'one' }, 'tags'],
    [{ brand_id: 'asset_01ARZ3NDEKTSV4RRFFQ69G5FAV' }, 'brand_id'],
    [{ source_url: '' }, 'source_url'],
    [{ source_url: 'http://img.test/logo.png' }, 'source_url'],
    [{ source_url: 'data:image/png;base64,iVBORw0KGgo=' }, 'source_url'],
    [{ source_url: 'not a url' }, 'source_url'],
    [{ source_url: 'ftp://img.test/a.png' }, 'source_url'],
    [{ url: 'https://x.test/a.png' }, '(root)'],
    [{ size: 1 }, '(root)'],
  ])('rejects %j before fetching anything', async (body, path) => {
    const res = await post(body);
    expect(errorOf(res)).toMatchObject({ status: 400, code: 'VALIDATION_ERROR' });
    expect(res.json.error.details.map((d: { path: string }) => d.path)).toContain(path);
    expect(t.calls).toEqual([]);
    expect(fileCount()).toBe(0);
  });

  it.each([
    [{ name: 'x' }],
    [{ name: 'x'.repeat(200) }],
    [{ category: 'x'.repeat(100) }],
    [{ category: null }],
    [{ tags: [] }],
    [{ tags: ['x'.repeat(64)] }],
    [{ tags: Array.from({ length: 50 }, (_, i) => `t${i}`) }],
  ])('accepts %j at the limit', async (body) => {
    expect((await post(body)).status).toBe(201);
  });

  it('maps fetch failures to 400 on source_url and stores nothing', async () => {
    const res = await post({ source_url: 'https://fail.test/x.png' });
    expect(errorOf(res)).toMatchObject({ status: 400, code: 'VALIDATION_ERROR' });
    expect(res.json.error.details).toEqual([{ path: 'source_url', message: 'The server answered 404.' }]);
    expect(fileCount()).toBe(0);
  });

  it('refuses brands of another scope with 404 and checks org_id', async () => {
    const orgBrand = await t.makeBrand({ org_id: t.orgs.o1 });
    const foreign = await t.makeBrand({}, t.keys.b);
    expect((await post({ brand_id: orgBrand.id })).status).toBe(404);
    expect((await post({ brand_id: foreign.id })).status).toBe(404);
    expect((await post({ brand_id: MISSING_BRAND })).status).toBe(404);
    expect((await post({ brand_id: orgBrand.id, org_id: t.orgs.o2 })).status).toBe(404);
    expect(t.calls).toEqual([]);
    expect((await post({ brand_id: orgBrand.id, org_id: t.orgs.o1 })).status).toBe(201);
    expect((await post({ org_id: 'org_unknown' })).status).toBe(404);
    expect((await post({ org_id: t.orgs.o3 })).status).toBe(403);
  });

  it('leaves no row and no bytes when the brand disappears during the fetch', async () => {
    const local = setup({
      fetchSource: async () => {
        local.db.prepare('DELETE FROM brands').run();
        return { bytes: Buffer.from('x'), format: 'png', contentType: 'image/png', width: 1, height: 1, fileName: 'x' };
      },
    });
    try {
      const brand = await local.makeBrand();
      const res = await local.request('POST', '/v1/assets', {
        body: { source_url: 'https://a.test/x.png', brand_id: brand.id },
      });
      expect(res.status).toBe(404);
      expect(local.db.prepare('SELECT COUNT(*) AS n FROM assets').get()).toEqual({ n: 0 });
      expect(local.files.sweep(new Set())).toBe(0);
    } finally {
      local.close();
    }
  });
});
