import { describe, expect, it } from 'vitest';
import { assetFixture } from '@/testing/asset-fixture';
import { matchesFilters, matchesSearch, searchTerms, searchedAssets } from './asset-search';

const asset = (over: Parameters<typeof assetFixture>[0] = {}) =>
  assetFixture({ name: 'Autumn Hero Banner', slug: 'autumn-hero-banner', category: 'Campaign', tags: ['warm', 'outdoor'], ...over });

describe('matchesSearch', () => {
  it('finds words in the name, slug, category and tags, in any case', () => {
    expect(matchesSearch(asset(), searchTerms('HERO'))).toBe(true);
    expect(matchesSearch(asset({ name: 'x' }), searchTerms('hero-banner'))).toBe(true);
    expect(matchesSearch(asset(), searchTerms('campaign'))).toBe(true);
    expect(matchesSearch(asset(), searchTerms('outdoor'))).toBe(true);
  });

  it('needs every word, and an empty query matches all', () => {
    expect(matchesSearch(asset(), searchTerms('  autumn   warm '))).toBe(true);
    expect(matchesSearch(asset(), searchTerms('autumn winter'))).toBe(false);
    expect(matchesSearch(asset({ category: null, tags: [] }), searchTerms(''))).toBe(true);
  });
});

describe('matchesFilters', () => {
  it('follows type, brand and unassigned as the API does', () => {
    expect(matchesFilters(asset(), { type: 'photo' })).toBe(true);
    expect(matchesFilters(asset(), { type: 'icon' })).toBe(false);
    expect(matchesFilters(asset({ brand_id: 'brand_1' }), { unassigned: true })).toBe(false);
    expect(matchesFilters(asset({ brand_id: 'brand_1' }), { brand_id: 'brand_2' })).toBe(false);
    expect(matchesFilters(asset({ brand_id: 'brand_2' }), { brand_id: 'brand_2', unassigned: true })).toBe(true);
  });
});

describe('searchedAssets', () => {
  it('keeps list order and drops repeats', () => {
    const a = asset({ id: 'a' });
    const b = asset({ id: 'b' });
    const c = asset({ id: 'c' });
    expect(searchedAssets([a, b], [b, c]).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
});
