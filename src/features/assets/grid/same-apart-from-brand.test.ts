import { describe, expect, it } from 'vitest';
import type { Asset } from '@contract';
import { sameApartFromBrand, samePropsApartFromBrand } from './same-apart-from-brand';

const asset: Asset = {
  object: 'asset',
  id: 'a1',
  name: 'Eco badge',
  type: 'icon',
  format: 'svg',
  url: 'https://example.com/eco.svg',
  slug: 'eco-badge',
  size: 900,
  width: 64,
  height: 64,
  usage_mode: 'maybe',
  brand_id: 'b1',
  tags: ['green'],
  category: null,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
};

describe('sameApartFromBrand', () => {
  it('ignores a new brand, as a move makes it', () => {
    expect(sameApartFromBrand(asset, { ...asset, brand_id: 'b2' })).toBe(true);
    expect(sameApartFromBrand(asset, { ...asset, brand_id: null })).toBe(true);
  });
  it('sees any other field, arrays by identity', () => {
    expect(sameApartFromBrand(asset, { ...asset, usage_mode: 'always' })).toBe(false);
    expect(sameApartFromBrand(asset, { ...asset, name: 'Eco' })).toBe(false);
    expect(sameApartFromBrand(asset, { ...asset, tags: ['green'] })).toBe(false);
    expect(sameApartFromBrand(asset, { ...asset, extra: 1 } as unknown as Asset)).toBe(false);
  });
});

describe('samePropsApartFromBrand', () => {
  const onMove = () => undefined;
  it('compares the other props by identity', () => {
    expect(
      samePropsApartFromBrand(
        { asset, onMove, tabbable: true },
        { asset: { ...asset, brand_id: 'b2' }, onMove, tabbable: true },
      ),
    ).toBe(true);
    expect(samePropsApartFromBrand({ asset, onMove, tabbable: true }, { asset, onMove, tabbable: false })).toBe(false);
    expect(samePropsApartFromBrand({ asset, onMove }, { asset, onMove: () => undefined })).toBe(false);
  });
});
