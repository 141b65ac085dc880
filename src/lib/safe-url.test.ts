/* eslint-disable no-restricted-syntax -- hostile javascript: URLs are this test's input */
import { describe, expect, it } from 'vitest';
import { safeUrl } from './safe-url';

describe('safeUrl', () => {
  it.each([
    ['https://cdn.nextdocs.io/a/logo.png', 'https://cdn.nextdocs.io/a/logo.png'],
    ['HTTPS://CDN.Example.com/x?y=1#z', 'https://cdn.example.com/x?y=1#z'],
    ['/files/asset_01.png', '/files/asset_01.png'],
    ['/brands/brand_1?tab=assets#top', '/brands/brand_1?tab=assets#top'],
    ['/', '/'],
  ])('accepts %s', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });

  // Twelve hostile URL shapes plus the tricks the URL parser normalises away.
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'vbscript:msgbox(1)',
    '//evil.example/x.png',
    // Protocol-relative to the probe origin itself: only the single-'/' rule rejects this one.
    '//same-origin.invalid/x.png',
    'http://cdn.example.com/x.png',
    'blob:https://app.example/1234',
    'file:///etc/passwd',
    '../../v1/me',
    'files/x.png',
    '/\\evil.example/x.png',
    '/\t/evil.example',
    '/\n/evil.example',
    '\\\\evil.example\\x',
    'https://trusted.example@evil.example/',
    'https://user:pass@cdn.example.com/x',
    'https:',
    '',
    '   ',
  ])('rejects %j', (input) => {
    expect(safeUrl(input)).toBeNull();
  });

  it('rejects non-strings', () => {
    for (const value of [null, undefined, 42, {}, ['https://a.example'], new URL('https://a.example')]) {
      expect(safeUrl(value)).toBeNull();
    }
  });

  it('never returns a non-https absolute URL or a protocol-relative path for arbitrary strings', () => {
    // A seeded generator (no fast-check dependency yet): mixes scheme-ish prefixes, slashes,
    // backslashes, whitespace and control characters, the pieces URL tricks are built from.
    const pieces = [
      'https:',
      'http:',
      'javascript:',
      'data:',
      '/',
      '//',
      '\\',
      '\t',
      '\n',
      ' ',
      '\u0000',
      'evil.example',
      '@',
      ':',
      '%2f',
      '%5c',
      '.',
      '..',
      '?',
      '#',
      'a',
      'x.png',
    ];
    let seed = 0x9e3779b9;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) >>> 0;
      return seed;
    };
    for (let run = 0; run < 10_000; run += 1) {
      const length = 1 + (next() % 6);
      let input = '';
      for (let i = 0; i < length; i += 1) input += pieces[next() % pieces.length];
      const output = safeUrl(input);
      if (output === null) continue;
      if (output.startsWith('/')) {
        expect(output[1] === '/' || output[1] === '\\').toBe(false);
        expect(new URL(output, 'https://origin.example').origin).toBe('https://origin.example');
      } else {
        expect(new URL(output).protocol).toBe('https:');
      }
    }
  });
});
