/* eslint-disable no-restricted-syntax -- hostile javascript: URLs are this test's input */
import { describe, expect, it } from 'vitest';
import { assetSrc } from './asset-src';

const ORIGIN = 'http://127.0.0.1:8787';

describe('assetSrc', () => {
  it('turns a url on our own origin into its path', () => {
    expect(assetSrc(`${ORIGIN}/files/seed-v1-photo-04.png`, ORIGIN)).toBe('/files/seed-v1-photo-04.png');
    expect(assetSrc('/files/a.svg', ORIGIN)).toBe('/files/a.svg');
    // Protocol-relative but resolving to our own origin: the same file, as a path.
    expect(assetSrc('//127.0.0.1:8787/files/a.png', ORIGIN)).toBe('/files/a.png');
  });

  it.each([
    'https://cdn.nextdocs.io/a.png',
    'http://127.0.0.1:9999/files/a.png',
    'javascript:alert(1)',
    'data:image/svg+xml,<svg onload=alert(1)>',
    '//evil.example/files/a.png',
    '../../v1/me',
    'files/a.png',
    '',
    null,
  ])('refuses %o', (url) => {
    expect(assetSrc(url, ORIGIN)).toBeNull();
  });
});
