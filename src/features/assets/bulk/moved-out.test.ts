import { describe, expect, it } from 'vitest';
import { assetFixture } from '@/testing/asset-fixture';
import { movedOut } from './moved-out';

const asset = (id: string, over: Parameters<typeof assetFixture>[0] = {}) => assetFixture({ id, tags: ['sale'], ...over });

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
