// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Theme, ThemeList } from '../../contract/theme.ts';
import { errorOf, setup, walk } from './route-test-helpers.ts';

let t: ReturnType<typeof setup>;
beforeEach(() => {
  t = setup();
});
afterEach(() => t.close());

describe('GET /v1/themes', () => {
  it('lists system themes (id descending) when the scope has no custom themes', async () => {
    const res = await t.request('GET', '/v1/themes');
    expect(res.status).toBe(200);
    const list = ThemeList.parse(res.json);
    expect(list.data.length).toBeGreaterThanOrEqual(10);
    expect(list.data.every((th) => !th.is_custom)).toBe(true);
    const ids = list.data.map((th) => th.id);
    expect(ids).toEqual([...ids].sort().reverse());
  });

  it('puts custom themes first, newest first, then system themes', async () => {
    const one = await t.makeTheme({ name: 'One' });
    const two = await t.makeTheme({ name: 'Two' });
    const res = await t.request('GET', '/v1/themes?limit=3');
    expect(res.json.data.map((th: Theme) => th.id).slice(0, 2)).toEqual([two.id, one.id]);
    expect(res.json.data[2].is_custom).toBe(false);
    expect(res.json.has_more).toBe(true);
  });

  it('keeps scopes apart: personal, org and other users', async () => {
    const mine = await t.makeTheme({ name: 'Mine' });
    const org = await t.makeTheme({ name: 'Org', org_id: t.orgs.o1 });
    const customIds = async (path: string, key = t.keys.a) =>
      ((await t.request('GET', path, { key })).json.data as Theme[]).filter((th) => th.is_custom).map((th) => th.id);
    expect(await customIds('/v1/themes')).toEqual([mine.id]);
    expect(await customIds(`/v1/themes?org_id=${t.orgs.o1}`)).toEqual([org.id]);
    expect(await customIds(`/v1/themes?org_id=${t.orgs.o2}`)).toEqual([]);
    expect(await customIds('/v1/themes', t.keys.b)).toEqual([]);
    expect(await customIds(`/v1/themes?org_id=${t.orgs.o3}`, t.keys.b)).toEqual([]);
  });

  it('answers 404 for an unknown org and 403 for a non-member org', async () => {
    expect(errorOf(await t.request('GET', '/v1/themes?org_id=org_nope'))).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    });
    expect(errorOf(await t.request('GET', `/v1/themes?org_id=${t.orgs.o1}`, { key: t.keys.b }))).toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
    });
  });

  it.each(['0', '21', 'abc', '-1', '1.5', ''])('rejects limit=%s with 400', async (limit) => {
    const res = await t.request('GET', `/v1/themes?limit=${limit}`);
    expect(errorOf(res)).toMatchObject({ status: 400, code: 'VALIDATION_ERROR' });
  });

  it.each(['1', '20'])('accepts limit=%s', async (limit) => {
    const res = await t.request('GET', `/v1/themes?limit=${limit}`);
    expect(res.status).toBe(200);
    expect(res.json.data).toHaveLength(Math.min(Number(limit), res.json.data.length));
    expect(res.json.data.length).toBeLessThanOrEqual(Number(limit));
  });

  it.each(['BAD KEY', 'brand_01ARZ3NDEKTSV4RRFFQ69G5FAV', "x' OR 1=1 --"])(
    'rejects a malformed after=%s',
    async (after) => {
      const res = await t.request('GET', `/v1/themes?after=${encodeURIComponent(after)}`);
      expect(res.status).toBe(400);
    },
  );

  it('walks custom then system themes once each while themes are added and deleted', async () => {
    const created: string[] = [];
    for (let i = 0; i < 5; i++) created.push((await t.makeTheme({ name: `T${i}` })).id as string);
    const before = await walk(t, '/v1/themes');
    expect(before.slice(0, 5)).toEqual([...created].reverse());
    const deletedUnseen: string[] = [];
    const seen = await walk(t, '/v1/themes', async (i, sofar) => {
      if (i === 0) {
        await t.makeTheme({ name: 'Newer' }); // newer than the cursor: must not appear later
        const last = sofar[sofar.length - 1]!;
        expect((await t.request('DELETE', `/v1/themes/${last}`)).status).toBe(204); // the cursor itself
        deletedUnseen.push(created[0]!); // the oldest custom theme, not yet seen
        expect((await t.request('DELETE', `/v1/themes/${created[0]}`)).status).toBe(204);
      }
    });
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(before.filter((id) => !deletedUnseen.includes(id)));
  });

  it('continues after a system key', async () => {
    const all = ((await t.request('GET', '/v1/themes?limit=20')).json.data as Theme[]).map((th) => th.id);
    const res = await t.request('GET', `/v1/themes?after=${all[2]}&limit=20`);
    expect(res.json.data.map((th: Theme) => th.id)).toEqual(all.slice(3));
  });
});
