import { describe, expect, it } from 'vitest';
import type { Asset, AssetList } from '@contract';
import { ASSET_MAX_PAGES, assetListPath, assetQueries, FIRST_ASSET_PAGE, type AssetPageParam } from './assets-queries';

const asset = (id: string) => ({ id }) as Asset;
const page = (ids: string[], has_more: boolean): AssetList => ({ object: 'list', data: ids.map(asset), has_more });

describe('assetQueries.infinite', () => {
  const options = assetQueries.infinite({ org: 'org_1' });
  const next = (last: AssetList, param: AssetPageParam) => options.getNextPageParam(last, [last], param, [param]);
  const prev = (first: AssetList, param: AssetPageParam) => options.getPreviousPageParam!(first, [first], param, [param]);

  it('keeps the documented key and a bounded number of pages', () => {
    expect(options.queryKey).toEqual(['assets', 'infinite', { org: 'org_1' }]);
    expect(options.maxPages).toBe(ASSET_MAX_PAGES);
  });

  it('pages forward on the last id and counts the offset', () => {
    const second = next(page(['asset_b', 'asset_a'], true), FIRST_ASSET_PAGE)!;
    expect(second).toMatchObject({ after: 'asset_a', offset: 2 });
    const third = next(page(['asset_9'], true), second)!;
    expect(third).toMatchObject({ after: 'asset_9', offset: 3 });
    expect(next(page(['asset_1'], false), third)).toBeUndefined();
  });

  it('can walk back to pages that maxPages dropped, although the API only pages forward', () => {
    const second = next(page(['asset_b', 'asset_a'], true), FIRST_ASSET_PAGE)!;
    const third = next(page(['asset_9'], true), second)!;
    expect(prev(page([], true), third)).toBe(second);
    expect(prev(page([], true), second)).toBe(FIRST_ASSET_PAGE);
    expect(prev(page([], true), FIRST_ASSET_PAGE)).toBeUndefined();
  });
});

describe('assetQueries.whole', () => {
  it("keeps every page, under the lists' prefix with the filters where cache writes read them", () => {
    const options = assetQueries.whole({ org: 'org_1', brand_id: 'brand_1' });
    expect(options.queryKey).toEqual(['assets', 'infinite', { org: 'org_1', brand_id: 'brand_1' }, 'whole']);
    expect(options.queryKey.slice(0, 2)).toEqual(assetQueries.infinites());
    expect(options.maxPages).toBeUndefined();
  });
});

describe('assetListPath', () => {
  it('sends every filter, and never unassigned together with a brand', () => {
    expect(assetListPath({ org: 'o', type: 'photo', unassigned: true }, 'asset_x')).toBe(
      '/v1/assets?limit=20&after=asset_x&org_id=o&type=photo&unassigned=true',
    );
    expect(assetListPath({ brand_id: 'brand_1', unassigned: true }, undefined)).toBe('/v1/assets?limit=20&brand_id=brand_1');
  });
});
