import { describe, expect, it } from 'vitest';
import type { Asset } from '@contract';
import { matchesFilters, prependToPages, removeFromPages, replaceInPages, type AssetPages } from './assets-cache';
import { FIRST_ASSET_PAGE } from './assets-queries';

const asset = (id: string, over: Partial<Asset> = {}) => ({ id, type: 'icon', brand_id: null, name: id, ...over }) as Asset;
const pages = (offset: number, ...lists: string[][]): AssetPages => ({
  pages: lists.map((ids) => ({ object: 'list', data: ids.map((id) => asset(id)), has_more: true })),
  pageParams: lists.map((_, i) => ({ offset: offset + i * 2, prev: null })),
});

describe('list cache helpers', () => {
  it('replaces and removes by id, keeping untouched pages identical', () => {
    const data = pages(0, ['a', 'b'], ['c', 'd']);
    const replaced = replaceInPages(data, asset('c', { name: 'C!' }));
    expect(replaced.pages[1]!.data[0]!.name).toBe('C!');
    expect(replaced.pages[0]).toBe(data.pages[0]);
    expect(removeFromPages(data, new Set(['b', 'c'])).pages.map((p) => p.data.map((a) => a.id))).toEqual([['a'], ['d']]);
    expect(removeFromPages(data, new Set(['zzz']))).toBe(data);
  });

  it('puts a new asset on top only when the list shows its first page', () => {
    const top = pages(0, ['a', 'b']);
    expect(prependToPages(top, asset('new')).pages[0]!.data.map((a) => a.id)).toEqual(['new', 'a', 'b']);
    const deep = pages(40, ['x', 'y']);
    expect(prependToPages(deep, asset('new'))).toBe(deep);
    expect(FIRST_ASSET_PAGE.offset).toBe(0);
  });

  it('matches a new asset against each list filter and scope', () => {
    const photo = asset('p', { type: 'photo', brand_id: 'brand_1' });
    expect(matchesFilters(photo, undefined, {})).toBe(true);
    expect(matchesFilters(photo, 'org_1', {})).toBe(false);
    expect(matchesFilters(photo, undefined, { type: 'icon' })).toBe(false);
    expect(matchesFilters(photo, undefined, { brand_id: 'brand_1' })).toBe(true);
    expect(matchesFilters(photo, undefined, { unassigned: true })).toBe(false);
  });
});
