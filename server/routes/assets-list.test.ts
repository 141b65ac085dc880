// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Asset, AssetList } from '../../contract/asset.ts';
import { createSourceFetcher } from '../lib/fetch-source.ts';
import { startHttpsFixture } from '../testing/https-fixture.ts';
import { samplePng } from '../testing/sample-files.ts';
import { createTestApp } from '../testing/test-app.ts';
import { errorOf, setup, walk } from './route-test-helpers.ts';

let t: ReturnType<typeof setup>;
beforeEach(() => {
  t = setup();
});
afterEach(() => t.close());

const ids = async (qs: string, key = t.keys.a) => {
  const res = await t.request('GET', `/v1/assets${qs}`, { key });
  expect(res.status).toBe(200);
  return AssetList.parse(res.json).data.map((a) => a.id);
};

describe('GET /v1/assets', () => {
  it('lists the scope newest first and filters by type, brand and unassigned', async () => {
    const brand = await t.makeBrand();
    const icon = await t.makeAsset({ brand_id: brand.id });
    const photo = await t.makeAsset({ source_url: 'https://img.test/p.jpg?w=900&h=600' });
    const video = await t.makeAsset({ source_url: 'https://img.test/v.mp4', brand_id: brand.id });
    await t.makeAsset({ org_id: t.orgs.o1 });
    expect(await ids('')).toEqual([video.id, photo.id, icon.id]);
    expect(await ids('?type=photo')).toEqual([photo.id]);
    expect(await ids(`?brand_id=${brand.id}`)).toEqual([video.id, icon.id]);
    expect(await ids(`?brand_id=${brand.id}&type=icon`)).toEqual([icon.id]);
    expect(await ids('?unassigned=true')).toEqual([photo.id]);
    expect(await ids('?unassigned=false')).toEqual([video.id, photo.id, icon.id]);
    expect(await ids(`?brand_id=${brand.id}&unassigned=false`)).toEqual([video.id, icon.id]);
    expect(await ids('?type=video&unassigned=true')).toEqual([]);
    // The combination answers the intersection: assets linked to the brand AND unassigned, none.
    expect(await ids(`?brand_id=${brand.id}&unassigned=true`)).toEqual([]);
  });

  it("answers the reference's own example request, with ids shaped like the reference's", async () => {
    await t.makeAsset();
    const res = await t.request('GET', '/v1/assets?limit=20&after=asset_abc123&type=icon&brand_id=brand_abc123&unassigned=true');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ object: 'list', data: [], has_more: false });
    // Such a brand id is simply unknown: the list under it is empty, and linking to it is a 404.
    expect((await t.request('GET', '/v1/assets?brand_id=brand_abc123')).json).toMatchObject({ data: [] });
    const asset = await t.makeAsset();
    expect(errorOf(await t.request('PATCH', `/v1/assets/${asset.id}`, { body: { brand_id: 'brand_abc123' } }))).toMatchObject({
      status: 404,
    });
    expect(errorOf(await t.request('GET', '/v1/assets/asset_abc123'))).toMatchObject({ status: 404 });
  });

  it('keeps scopes apart and checks org_id', async () => {
    const mine = await t.makeAsset();
    const org = await t.makeAsset({ org_id: t.orgs.o2 });
    const brand = await t.makeBrand();
    expect(await ids(`?org_id=${t.orgs.o2}`)).toEqual([org.id]);
    expect(await ids(`?org_id=${t.orgs.o1}`)).toEqual([]);
    expect(await ids('', t.keys.b)).toEqual([]);
    expect(await ids(`?brand_id=${brand.id}`, t.keys.b)).toEqual([]);
    expect(await ids(`?org_id=${t.orgs.o3}`, t.keys.b)).toEqual([]);
    expect((await t.request('GET', `/v1/assets?org_id=${t.orgs.o2}`, { key: t.keys.b })).status).toBe(403);
    expect((await t.request('GET', '/v1/assets?org_id=org_unknown')).status).toBe(404);
    expect(await ids('')).toEqual([mine.id]);
  });

  it.each([
    'limit=0',
    'limit=21',
    'limit=abc',
    'type=document',
    'unassigned=yes',
    'brand_id=asset_01ARZ3NDEKTSV4RRFFQ69G5FAV',
    'after=brand_01ARZ3NDEKTSV4RRFFQ69G5FAV',
    'after=asset_',
    `after=asset_${'x'.repeat(101)}`,
    'after=asset_a%2Fb',
    "type=icon' OR '1'='1",
  ])('rejects %s with 400', async (qs) => {
    expect(errorOf(await t.request('GET', `/v1/assets?${qs}`))).toMatchObject({
      status: 400,
      code: 'VALIDATION_ERROR',
    });
  });

  it('honours limit 1 and 20', async () => {
    for (let i = 0; i < 21; i++) await t.makeAsset();
    const one = (await t.request('GET', '/v1/assets?limit=1')).json;
    expect([one.data.length, one.has_more]).toEqual([1, true]);
    expect((await t.request('GET', '/v1/assets?limit=20')).json.data).toHaveLength(20);
    const rest = (await t.request('GET', `/v1/assets?after=${one.data[0].id}&limit=20`)).json;
    expect([rest.data.length, rest.has_more]).toEqual([20, false]);
  });

  it('walks pages of 3 exactly once each while assets are added and deleted', async () => {
    const created: string[] = [];
    for (let i = 0; i < 10; i++) created.push((await t.makeAsset({ name: `A${i}` })).id);
    const deleted = new Set<string>();
    const seen = await walk(t, '/v1/assets', async (i, sofar) => {
      await t.makeAsset({ name: `New${i}` });
      expect((await t.request('DELETE', `/v1/assets/${sofar[sofar.length - 1]}`)).status).toBe(204);
      if (i === 0) {
        deleted.add(created[0]!);
        expect((await t.request('DELETE', `/v1/assets/${created[0]}`)).status).toBe(204);
      }
    });
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...created].reverse().filter((id) => !deleted.has(id)));
  });
});

describe('POST /v1/assets through the real fetcher', () => {
  it('re-hosts a PNG served over HTTPS', async () => {
    const png = samplePng(512, 300);
    const fixture = await startHttpsFixture({
      '/media/brand-logo.png': { headers: { 'content-type': 'image/png' }, body: png },
    });
    const app = createTestApp({ fetchSource: createSourceFetcher({ allowHosts: ['localhost'], ca: fixture.ca }) });
    try {
      const res = await app.request('POST', '/v1/assets', {
        body: { source_url: fixture.url('/media/brand-logo.png') },
      });
      expect(res.status).toBe(201);
      const asset = Asset.parse(res.json);
      expect(asset).toMatchObject({
        name: 'brand-logo',
        format: 'png',
        type: 'photo',
        width: 512,
        height: 300,
        size: png.length,
      });
      const file = await app.app.request(new URL(asset.url).pathname);
      expect(Buffer.from(await file.arrayBuffer())).toEqual(png);
    } finally {
      app.close();
      await fixture.close();
    }
  });
});
