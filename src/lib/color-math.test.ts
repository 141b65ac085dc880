import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastLevel, contrastRatio, deltaEOk, fixLightness, formatRatio, normalizeHex, oklchOf } from './color-math';

describe('normalizeHex', () => {
  it.each([
    ['#abc', '#AABBCC'],
    ['abc', '#AABBCC'],
    ['#aabbcc', '#AABBCC'],
    ['AABBCC', '#AABBCC'],
    [' #1d4ed8 ', '#1D4ED8'],
  ])('%j → %s', (input, expected) => expect(normalizeHex(input)).toBe(expected));

  it.each(['', '#', '#ab', '#abcd', '#abcde', '#abcdeff', 'ggg', '#12345g', 'red', 'rgb(0,0,0)', '##abc'])(
    'rejects %j',
    (input) => expect(normalizeHex(input)).toBeNull(),
  );
});

describe('contrastRatio (WCAG 2)', () => {
  it('black on white is 21:1, in either order', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 10);
    expect(contrastRatio('#FFFFFF', '#000')).toBeCloseTo(21, 10);
  });

  it('#777777 on #FFFFFF is 4.48:1 and fails AA', () => {
    const ratio = contrastRatio('#777777', '#FFFFFF');
    expect(formatRatio(ratio)).toBe('4.48:1');
    expect(ratio).toBeLessThan(4.5);
    expect(contrastLevel(ratio, 'text')).toBe('fail');
    expect(contrastLevel(ratio, 'non-text')).toBe('AA');
  });

  it('a colour against itself is 1:1', () => expect(contrastRatio('#1D4ED8', '#1d4ed8')).toBeCloseTo(1, 10));

  it('throws on something that is not a hex colour', () => expect(() => contrastRatio('red', '#fff')).toThrow());
});

describe('formatRatio and contrastLevel', () => {
  it('never rounds a failing ratio up onto a threshold', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(formatRatio(6.996)).toBe('6.99:1');
    expect(formatRatio(2.999)).toBe('2.99:1');
    expect(formatRatio(4.506)).toBe('4.51:1');
  });

  it('grades text at 4.5 / 7 and non-text at 3', () => {
    expect(contrastLevel(7, 'text')).toBe('AAA');
    expect(contrastLevel(6.99, 'text')).toBe('AA');
    expect(contrastLevel(4.5, 'text')).toBe('AA');
    expect(contrastLevel(3.2, 'text')).toBe('fail');
    expect(contrastLevel(3, 'non-text')).toBe('AA');
    expect(contrastLevel(2.99, 'non-text')).toBe('fail');
  });
});

describe('deltaEOk (Euclidean OKLab, L 0–1)', () => {
  // sRGB red and blue in OKLab, from Björn Ottosson's reference implementation.
  const RED = [0.627955, 0.224863, 0.125846];
  const BLUE = [0.452014, -0.032457, -0.311528];

  it('red to blue matches the distance between their published OKLab coordinates', () => {
    const expected = Math.hypot(RED[0]! - BLUE[0]!, RED[1]! - BLUE[1]!, RED[2]! - BLUE[2]!);
    expect(deltaEOk('#FF0000', '#0000FF')).toBeCloseTo(expected, 5);
  });

  it('black to white is 1 and identical colours are 0', () => {
    expect(deltaEOk('#000', '#FFF')).toBeCloseTo(1, 6);
    expect(deltaEOk('#abc', '#AABBCC')).toBe(0);
  });
});

const hexColor = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map((rgb) => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('').toUpperCase()}`);

/** Smallest angle between two hues, in degrees. */
function hueGap(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return Math.min(d, 360 - d);
}

describe('fixLightness', () => {
  it('darkens #777777 on white to the nearest AA grey, #767676', () => {
    expect(fixLightness('#777777', '#FFFFFF', 4.5, { adjust: 'fg' })).toBe('#767676');
  });

  it('returns the colour unchanged (normalised) when it passes already', () => {
    expect(fixLightness('#000', '#fff', 4.5, { adjust: 'fg' })).toBe('#000000');
  });

  it('can move the surface instead of the text', () => {
    const bg = fixLightness('#FFFFFF', '#1D4ED8', 7, { adjust: 'bg' })!;
    expect(contrastRatio('#FFFFFF', bg)).toBeGreaterThanOrEqual(7);
    expect(oklchOf(bg).l).toBeLessThan(oklchOf('#1D4ED8').l);
  });

  it('returns null when no lightness reaches the ratio (7:1 against mid grey)', () => {
    expect(fixLightness('#FF0000', '#777777', 7, { adjust: 'fg' })).toBeNull();
  });

  it('passes after the fix, changes only lightness (hue and chroma kept within hex rounding), or is null only when black and white both fail', () => {
    fc.assert(
      fc.property(
        hexColor,
        hexColor,
        fc.constantFrom(3, 4.5, 7),
        fc.constantFrom('fg' as const, 'bg' as const),
        (fg, bg, min, adjust) => {
          const fixed = fixLightness(fg, bg, min, { adjust });
          const other = adjust === 'fg' ? bg : fg;
          if (fixed === null) {
            expect(contrastRatio('#000000', other)).toBeLessThan(min);
            expect(contrastRatio('#FFFFFF', other)).toBeLessThan(min);
            return;
          }
          expect(fixed).toMatch(/^#[0-9A-F]{6}$/);
          expect(contrastRatio(fixed, other)).toBeGreaterThanOrEqual(min);
          const before = oklchOf(adjust === 'fg' ? fg : bg);
          const after = oklchOf(fixed);
          // Chroma never grows (beyond 8-bit rounding); it may only shrink to stay inside sRGB.
          expect(after.c).toBeLessThanOrEqual(before.c + 0.01);
          // Hue is kept wherever there is enough chroma left for hex rounding not to dominate it.
          if (before.c > 0.05 && after.c > 0.05) expect(hueGap(before.h!, after.h!)).toBeLessThan(3);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps chroma too when the colour fits in sRGB at the new lightness', () => {
    // A mid blue on white, darkened for AAA: dark blues hold this chroma, so only lightness moves.
    const before = oklchOf('#3B82F6');
    const fixed = fixLightness('#3B82F6', '#FFFFFF', 7, { adjust: 'fg' })!;
    const after = oklchOf(fixed);
    expect(after.c).toBeCloseTo(before.c, 2);
    expect(hueGap(after.h!, before.h!)).toBeLessThan(1);
    expect(after.l).toBeLessThan(before.l);
  });
});
