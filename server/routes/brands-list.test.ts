// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Brand, BrandList } from '../../contract/brand.ts';
import { errorOf, setup, walk } from './route-test-helpers.ts';

let t: ReturnType<typeof setup>;
beforeEach(() => {
  t = setup();
});
afterEach(() => t.close());

describe('GET /v1/brands', () => {
  it('lists the scope newest first with embedded themes and assets', async () => {
    const b1 = await t.makeBrand({ name: 'One' });
    const b2 = await t.makeBrand({ name: 'Two', theme_id: 'sunset' });
    const asset = await t.makeAsset({ brand_id: b1.id });
    await t.makeBrand({ name: 'Org', org_id: t.orgs.o1 });
    const list = BrandList.parse((await t.request('GET', '/v1/brands')).json);
    expect(list.data.map((b) => b.id)).toEqual([b2.id, b1.id]);
    expect(list.has_more).toBe(false);
    expect(list.data[0]!.theme?.id).toBe('sunset');
    expect(list.data[1]!.assets.map((a) => a.id)).toEqual([asset.id]);
    expect((await t.request('GET', `/v1/brands?org_id=${t.orgs.o1}`)).json.data.map((b: Brand) => b.name)).toEqual([
      'Org',
    ]);
  });

  it('isolates users and checks org_id', async () => {
    await t.makeBrand();
    await t.makeBrand({ org_id: t.orgs.o1 });
    const b = await t.request('GET', '/v1/brands', { key: t.keys.b });
    expect(b.json).toEqual({ object: 'list', data: [], has_more: false });
    expect((await t.request('GET', `/v1/brands?org_id=${t.orgs.o3}`, { key: t.keys.b })).json.data).toEqual([]);
    expect((await t.request('GET', `/v1/brands?org_id=${t.orgs.o1}`, { key: t.keys.b })).status).toBe(403);
    expect((await t.request('GET', '/v1/brands?org_id=org_unknown')).status).toBe(404);
  });

  it.each([
    'limit=0',
    'limit=21',
    'limit=abc',
    'after=asset_01ARZ3NDEKTSV4RRFFQ69G5FAV',
    'after=brand_',
    'after=brand_-x',
    "after='--",
  ])('rejects %s with 400', async (qs) => {
    expect(errorOf(await t.request('GET', `/v1/brands?${qs}`))).toMatchObject({
      status: 400,
      code: 'VALIDATION_ERROR',
    });
  });

  it('honours limit 1 and 20 and ignores unknown query parameters', async () => {
    for (let i = 0; i < 21; i++) await t.makeBrand({ name: `B${i}` });
    const one = await t.request('GET', '/v1/brands?limit=1&foo=bar');
    expect(one.json.data).toHaveLength(1);
    expect(one.json.has_more).toBe(true);
    const twenty = await t.request('GET', '/v1/brands?limit=20');
    expect(twenty.json.data).toHaveLength(20);
    expect((await t.request('GET', '/v1/brands')).json.data).toHaveLength(20);
  });

  it('walks pages of 3 with no duplicates or gaps while brands are added and deleted', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push((await t.makeBrand({ name: `B${i}` })).id);
    const deleted = new Set<string>();
    const seen = await walk(t, '/v1/brands', async (i, sofar) => {
      await t.makeBrand({ name: `New${i}` });
      const cursor = sofar[sofar.length - 1]!;
      expect((await t.request('DELETE', `/v1/brands/${cursor}`)).status).toBe(204);
      if (i === 1) {
        // The oldest brand has not been seen yet: deleting it must not shift or repeat anything.
        deleted.add(ids[0]!);
        expect((await t.request('DELETE', `/v1/brands/${ids[0]}`)).status).toBe(204);
      }
    });
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...ids].reverse().filter((id) => !deleted.has(id)));
  });

  it('stores SQL-looking text literally and lists it back unchanged', async () => {
    const payloads = [
      "'); DROP TABLE brands; --",
      "x' OR '1'='1",
      '"; SELECT * FROM api_keys; --',
      // A real NUL is refused as a control character (text-safety.test.ts); its escaped spelling is just text.
      'Robert\\0Tables %_',
    ];
    for (const name of payloads) await t.makeBrand({ name, ai_instruction: name });
    const list = (await t.request('GET', '/v1/brands')).json.data as Brand[];
    expect(list.map((b) => b.name)).toEqual([...payloads].reverse());
    expect(list.every((b) => b.ai_instruction === b.name)).toBe(true);
    expect((await t.request('GET', `/v1/brands?after=${encodeURIComponent("brand_' OR 1=1 --")}`)).status).toBe(400);
  });
});
