// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp } from '../testing/test-app.ts';
import { scrubbedLog } from './logging.ts';

function scrub(line: string): string {
  const lines: string[] = [];
  scrubbedLog((l) => lines.push(l))(line);
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

/** Anything a terminal or a log viewer would not show as itself: controls, separators, invisible format characters. */
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

describe('scrubbedLog: control characters', () => {
  it('escapes C0 controls, DEL, C1 controls and the Unicode line separators', () => {
    const line = scrub('GET /a\nFAKE 200\r\x1b[31mred\x00\t\x7f\x85\x9b\u2028\u2029 end');
    expect(line).not.toMatch(NON_PRINTABLE);
    expect(line).toBe('GET /a\\x0aFAKE 200\\x0d\\x1b[31mred\\x00\\x09\\x7f\\x85\\x9b\\u2028\\u2029 end');
  });

  it('escapes invisible format characters (bidi overrides, zero width) and lone surrogates', () => {
    const line = scrub('x\u202ey\u200bz\ud800 \u{e0041}');
    expect(line).not.toMatch(NON_PRINTABLE);
    expect(line).toBe('x\\u202ey\\u200bz\\ud800 \\u{e0041}');
  });

  it('escapes the backslash itself, so an escape in the log always means the byte was there', () => {
    expect(scrub('GET /a\\x0a 404')).toBe('GET /a\\\\x0a 404');
  });

  it('leaves printable text alone, accents and emoji included', () => {
    expect(scrub('GET /brands/café 200 1.2ms id=ab-1 🎨')).toBe('GET /brands/café 200 1.2ms id=ab-1 🎨');
  });
});

describe('scrubbedLog: keys in any encoding', () => {
  const key = 'nxd_AbC-123_xyz';

  it.each([
    ['plain', key],
    ['percent-encoded underscore', 'nxd%5FAbC-123_xyz'],
    ['encoded twice', 'nxd%255FAbC-123_xyz'],
    ['encoded three times, every letter', '%2525256E%25252578%25252564%2525255FAbC-123_xyz'],
    ['lower-case escapes', 'nxd%5fAbC%2d123_xyz'],
    ['upper-case prefix', 'NXD_AbC-123_xyz'],
  ])('redacts a key written %s', (_name, written) => {
    const line = scrub(`GET /v1/brands/${written}?x=1 404`);
    expect(line).toBe('GET /v1/brands/nxd_[redacted]?x=1 404');
    expect(line).not.toContain('AbC');
  });

  it('redacts Bearer values, also when the space is encoded', () => {
    expect(scrub('auth Bearer abc.def done')).toBe('auth Bearer [redacted] done');
    expect(scrub('GET /x/Bearer%2520abc.def 404')).toBe('GET /x/Bearer [redacted] 404');
  });

  it('drops a word that is still percent-encoded after many rounds, since it may hide a key', () => {
    const deep = `nxd${'%25'.repeat(1)}${'25'.repeat(30)}5FAbC-123_xyz`;
    const line = scrub(`GET /v1/${deep} 404`);
    expect(line).not.toContain('AbC');
    expect(line).toBe('GET [over-encoded] 404');
  });

  it('keeps percent-escapes as they were in a word that holds no key', () => {
    expect(scrub('GET /brands/a%20b%2Fc 200')).toBe('GET /brands/a%20b%2Fc 200');
  });

  it('escapes control characters that only appear once a key-bearing word is decoded', () => {
    const line = scrub('GET /v1/%250a%251bnxd%255FAbC 404');
    expect(line).not.toMatch(NON_PRINTABLE);
    expect(line).not.toContain('AbC');
    expect(line).toBe('GET /v1/\\x0a\\x1bnxd_[redacted] 404');
  });
});

describe('the sandbox app logs a hostile path safely', () => {
  let t: ReturnType<typeof createTestApp> | undefined;
  afterEach(() => t?.close());

  it('a path with %0a, ESC, NUL and a twice-encoded key leaves no raw control character and no key in the log', async () => {
    t = createTestApp();
    const key = t.keys.a;
    const encodedTwice = key.replace('_', '%255F');
    const res = await t.request('GET', `/v1/brands/%0aGET%20/fake%20200%1b[2J%00${encodedTwice}`);
    expect(res.status).toBe(404);
    const line = t.logs.find((l) => l.startsWith('GET /v1/brands/'));
    expect(line).toBeDefined();
    expect(line).not.toMatch(NON_PRINTABLE);
    expect(line).toContain('\\x0aGET');
    expect(line).toContain('\\x1b[2J\\x00');
    expect(line).not.toContain(key.slice(4));
    expect(line).toContain('nxd_[redacted]');
  });
});
