import { describe, expect, it } from 'vitest';
import type { Asset } from '@contract';
import { movedOut } from './moved-out';

const asset = (id: string, over: Partial<Asset> = {}): Asset => ({
  object: 'asset',
  id,
  name: `Asset ${id}`,
  type: 'photo',
  url: '/files/a.png',
  slug: id,
  format: 'png',
  usage_mode: 'maybe',
  category: null,
  tags: ['sale'],
  brand_id: null,
  size: 10,
  width: 1,
  height: 1,
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
  ...over,
});

describe('movedOut', () => {
  it('finds assets linked away from "unassigned only"', () => {
    const written = [
      { key: 'a', after: asset('a', { brand_id: 'brand_1' }) },
      { key: 'b', after: asset('b') },
      { key: 'c', after: null },
    ];
    expect(movedOut(written, { unassigned: true }, [])).toEqual({ ids: ['a'], reason: 'filter' });
  });

  it('finds assets a tag change took out of the search', () => {
    const written = [
      { key: 'a', after: asset('a', { tags: [] }) },
      { key: 'b', after: asset('b') },
    ];
    expect(movedOut(written, {}, ['sale'])).toEqual({ ids: ['a'], reason: 'search' });
  });
});
