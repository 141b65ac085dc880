import { describe, expect, it } from 'vitest';
import {
  AddAssetSchema,
  EMPTY_ADD_ASSET,
  fieldOf,
  sourceUrlProblem,
  toCreateBody,
  toPatch,
  type EditAssetValues,
} from './asset-form-schemas';

describe('sourceUrlProblem', () => {
  it('accepts https', () => expect(sourceUrlProblem('https://example.com/a.png')).toBeNull());
  it.each([
    ['http://example.com/a.png', /http:/],
    ['data:image/png;base64,AAAA', /data:/],
    ['example.com/a.png', /not a web address/],
    ['ftp://example.com/a.png', /ftp:/],
    [`${['java', 'script:'].join('')}alert(1)`, /script:/],
    ['', /Enter/],
  ])('refuses %s', (url, reason) => expect(sourceUrlProblem(url)).toMatch(reason));
});

describe('AddAssetSchema and toCreateBody', () => {
  it('leaves empty optional fields out', () => {
    const values = AddAssetSchema.parse({ ...EMPTY_ADD_ASSET, source_url: ' https://x.test/a.png ', tags: ['a'] });
    expect(toCreateBody(values)).toEqual({ source_url: 'https://x.test/a.png', tags: ['a'] });
  });

  it('reports an http source on the source_url field', () => {
    const result = AddAssetSchema.safeParse({ ...EMPTY_ADD_ASSET, source_url: 'http://x.test/a.png' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['source_url']);
  });
});

describe('toPatch', () => {
  const initial: EditAssetValues = {
    name: 'A',
    type: 'icon',
    usage_mode: 'maybe',
    brand_id: '',
    category: '',
    tags: ['x'],
  };

  it('sends only dirty fields', () => {
    expect(toPatch(initial, initial)).toEqual({});
    expect(toPatch({ ...initial, usage_mode: 'never', tags: ['x', 'y'] }, initial)).toEqual({
      usage_mode: 'never',
      tags: ['x', 'y'],
    });
  });

  it('turns cleared brand and category into null', () => {
    const linked = { ...initial, brand_id: 'brand_1', category: 'Logos' };
    expect(toPatch({ ...linked, brand_id: '', category: ' ' }, linked)).toEqual({ brand_id: null, category: null });
  });
});

describe('fieldOf', () => {
  it('maps server paths to form fields', () => {
    expect(fieldOf('tags.2', ['name', 'tags'] as const)).toBe('tags');
    expect(fieldOf('org_id', ['name', 'tags'] as const)).toBeNull();
  });
});
