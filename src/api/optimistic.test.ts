import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Asset, Brand } from '@contract';
import type { AssetPages } from './assets-cache';
import { assetQueries } from './assets-queries';
import type { BrandPages } from './brands-cache';
import { brandQueries } from './brands-queries';
import { applyOptimistic, pickFields } from './optimistic';

const asset = (id: string, over: Partial<Asset> = {}) =>
  ({ object: 'asset', id, name: id, brand_id: 'brand_a', usage_mode: 'maybe', tags: ['x'], ...over }) as Asset;
const brand = (id: string, assets: Asset[]) => ({ object: 'brand', id, name: id, assets }) as unknown as Brand;
const pages = (...lists: Asset[][]): AssetPages => ({
  pages: lists.map((data) => ({ object: 'list', data, has_more: true })),
  pageParams: lists.map((_, i) => ({ offset: i * 2, prev: null })),
});

const LIST = assetQueries.infinite({}).queryKey;
const DETAIL = assetQueries.detail('a1').queryKey;
const BRAND = brandQueries.detail('brand_a').queryKey;
const BRANDS = brandQueries.infinite({}).queryKey;
const SCAN = [assetQueries.all(), brandQueries.all()];

/** a1 in a list, its detail, a brand that embeds it and a brand list card; a2 and a3 beside it. */
function seeded() {
  const client = new QueryClient();
  client.setQueryData(LIST, pages([asset('a1'), asset('a2')], [asset('a3')]));
  // Fetched after the list: the freshest copy.
  client.setQueryData(DETAIL, asset('a1', { name: 'newer copy' }), { updatedAt: Date.now() + 1_000 });
  client.setQueryData(BRAND, brand('brand_a', [asset('a1'), asset('a2')]));
  const list: BrandPages = {
    pages: [{ object: 'list', data: [brand('brand_a', [asset('a1')])], has_more: false }],
    pageParams: [undefined],
  };
  client.setQueryData(BRANDS, list);
  client.setQueryData(['themes', 'list', {}], [{ object: 'asset', id: 'a1' }]);
  const at = (key: readonly unknown[]) => client.getQueryData(key);
  const original = { list: at(LIST), detail: at(DETAIL), brand: at(BRAND), brands: at(BRANDS) };
  return { client, at, original };
}

const move =
  (to: string) =>
  (a: Asset): Asset => ({ ...a, brand_id: to, usage_mode: 'always' });
/** Moves the assets `ids` to brand `to` (usage "always") in every cached copy. */
const moveAssets = (client: QueryClient, ids: string[], to: string) =>
  applyOptimistic<Asset>(client, { scan: SCAN, kind: 'asset', match: (a) => ids.includes(a.id), update: move(to) });

describe('applyOptimistic', () => {
  it('changes the object in every list, detail and parent under the scanned prefixes, and nothing else', () => {
    const { client, at, original } = seeded();
    const change = moveAssets(client, ['a1'], 'brand_b');
    const list = at(LIST) as AssetPages;
    expect(list.pages[0]!.data.map((a) => [a.id, a.brand_id])).toEqual([
      ['a1', 'brand_b'],
      ['a2', 'brand_a'],
    ]);
    // Untouched branches keep their identity.
    expect(list.pages[1]).toBe((original.list as AssetPages).pages[1]);
    expect(list.pages[0]!.data[1]).toBe((original.list as AssetPages).pages[0]!.data[1]);
    expect(at(DETAIL)).toMatchObject({ name: 'newer copy', brand_id: 'brand_b', usage_mode: 'always' });
    expect((at(BRAND) as Brand).assets[0]).toMatchObject({ brand_id: 'brand_b' });
    expect((at(BRANDS) as BrandPages).pages[0]!.data[0]!.assets[0]).toMatchObject({ brand_id: 'brand_b' });
    // Not under a scanned prefix: left alone.
    expect(at(['themes', 'list', {}])).toEqual([{ object: 'asset', id: 'a1' }]);
    expect(change.before.get('a1')).toEqual(asset('a1', { name: 'newer copy' }));
  });

  it('changes each cached copy once, even when prefixes overlap', () => {
    const { client, at } = seeded();
    let calls = 0;
    applyOptimistic<Asset>(client, {
      scan: [assetQueries.all(), assetQueries.details(), assetQueries.infinites()],
      kind: 'asset',
      match: (a) => a.id === 'a1',
      update: (a) => (calls++, { ...a, tags: [...a.tags, 'y'] }),
    });
    expect(calls).toBe(2);
    expect((at(DETAIL) as Asset).tags).toEqual(['x', 'y']);
  });

  it('rollback restores every copy exactly as it was in its own query', () => {
    const { client, at, original } = seeded();
    const change = moveAssets(client, ['a1'], 'brand_b');
    change.rollback();
    expect({ list: at(LIST), detail: at(DETAIL), brand: at(BRAND), brands: at(BRANDS) }).toEqual(original);
  });

  it('rollback leaves alone a change to another object made in the meantime', () => {
    const { client, at } = seeded();
    const first = moveAssets(client, ['a1'], 'brand_b');
    moveAssets(client, ['a2'], 'brand_c');
    first.rollback();
    const list = at(LIST) as AssetPages;
    expect(list.pages[0]!.data.map((a) => [a.id, a.brand_id])).toEqual([
      ['a1', 'brand_a'],
      ['a2', 'brand_c'],
    ]);
  });

  it('undo shows the moved fields as they were, returns them for the request, and can be rolled back', () => {
    const { client, at } = seeded();
    const change = moveAssets(client, ['a1', 'a3'], 'brand_b');
    // The save went through; the user changed the name since, which Undo must keep.
    applyOptimistic<Asset>(client, {
      scan: SCAN,
      kind: 'asset',
      match: (a) => a.id === 'a1',
      update: (a) => ({ ...a, name: 'renamed' }),
    });
    const { restore, handle } = change.undo(['brand_id', 'usage_mode']);
    expect(Object.fromEntries(restore)).toEqual({
      a1: { brand_id: 'brand_a', usage_mode: 'maybe' },
      a3: { brand_id: 'brand_a', usage_mode: 'maybe' },
    });
    expect(at(DETAIL)).toMatchObject({ name: 'renamed', brand_id: 'brand_a', usage_mode: 'maybe' });
    expect((at(LIST) as AssetPages).pages[1]!.data[0]).toMatchObject({ brand_id: 'brand_a' });
    // The Undo request failed: the move is shown again.
    handle.rollback();
    expect(at(DETAIL)).toMatchObject({ name: 'renamed', brand_id: 'brand_b', usage_mode: 'always' });
  });

  it('changes nothing and records nothing when no cached object matches', () => {
    const { client, at, original } = seeded();
    const change = moveAssets(client, ['nope'], 'x');
    expect(change.before.size).toBe(0);
    expect(at(LIST)).toBe(original.list);
    change.rollback();
    expect(at(LIST)).toBe(original.list);
  });
});

describe('pickFields', () => {
  it('copies arrays so a later write cannot share them', () => {
    const source = asset('a1', { tags: ['a', 'b'] });
    const picked = pickFields(source, ['tags', 'brand_id']);
    expect(picked).toEqual({ tags: ['a', 'b'], brand_id: 'brand_a' });
    expect(picked.tags).not.toBe(source.tags);
  });
});
