import { describe, expect, it } from 'vitest';
import { assetFixture } from '@/testing/asset-fixture';
import { describeAction, patchFor, undoPatch } from './bulk-actions';

const asset = (over: Parameters<typeof assetFixture>[0] = {}) =>
  assetFixture({ name: 'Logo', type: 'icon', slug: 'logo', tags: ['blue', 'round'], ...over });

describe('patchFor', () => {
  it('builds the new tag list from the tags just read', () => {
    expect(patchFor({ kind: 'add-tag', tag: 'new' }, asset())).toEqual({ tags: ['blue', 'round', 'new'] });
    expect(patchFor({ kind: 'remove-tag', tag: 'blue' }, asset())).toEqual({ tags: ['round'] });
  });

  it('skips items that already match, so Undo leaves them alone', () => {
    expect(patchFor({ kind: 'add-tag', tag: 'blue' }, asset())).toBeNull();
    expect(patchFor({ kind: 'remove-tag', tag: 'nope' }, asset())).toBeNull();
    expect(patchFor({ kind: 'usage', usage: 'maybe' }, asset())).toBeNull();
    expect(patchFor({ kind: 'unlink' }, asset())).toBeNull();
    expect(patchFor({ kind: 'link', brandId: 'brand_1', brandName: 'A' }, asset({ brand_id: 'brand_1' }))).toBeNull();
  });

  it('writes only the field the action is about', () => {
    expect(patchFor({ kind: 'usage', usage: 'never' }, asset())).toEqual({ usage_mode: 'never' });
    expect(patchFor({ kind: 'link', brandId: 'brand_2', brandName: 'B' }, asset())).toEqual({ brand_id: 'brand_2' });
    expect(patchFor({ kind: 'unlink' }, asset({ brand_id: 'brand_1' }))).toEqual({ brand_id: null });
  });
});

describe('undo and wording', () => {
  it('restores brand, usage and tags as read', () => {
    expect(undoPatch(asset({ brand_id: 'brand_9', usage_mode: 'always' }))).toEqual({
      brand_id: 'brand_9',
      usage_mode: 'always',
      tags: ['blue', 'round'],
    });
  });

  it('describes actions in words', () => {
    expect(describeAction({ kind: 'link', brandId: 'b', brandName: 'Acme' }, 25)).toBe('Link 25 assets to Acme');
    expect(describeAction({ kind: 'delete' }, 1)).toBe('Delete 1 asset');
  });
});
