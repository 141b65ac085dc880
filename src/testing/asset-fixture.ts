import type { Asset } from '@contract';

/** An asset as the API returns it, for pure unit tests; each test overrides what it is about. */
export function assetFixture(over: Partial<Asset> = {}): Asset {
  const id = over.id ?? 'asset_1';
  return {
    object: 'asset',
    id,
    name: `Asset ${id}`,
    type: 'photo',
    url: '/files/a.png',
    slug: id,
    format: 'png',
    usage_mode: 'maybe',
    category: null,
    tags: [],
    brand_id: null,
    size: 10,
    width: 1,
    height: 1,
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}
