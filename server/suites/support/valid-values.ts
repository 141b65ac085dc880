import fc from 'fast-check';
import { ASSET_TYPES, USAGE_MODES } from '../../../contract/asset.ts';
import { THEME_COLOR_TOKENS } from '../../../contract/theme.ts';

/*
 * Values the contract accepts, chosen to be awkward: 4-byte characters, combining marks,
 * direction marks (LRM and RLM are not overrides), non-breaking and zero-width spaces, quotes,
 * leading and trailing spaces. A round trip must give back exactly these strings.
 */
const LABEL_PIECES = [
  'a', 'Z', '7', ' ', '-', '_', '.', '"', "'", '\\', '<', '>', '&', '%', '/', 'é', 'e\u0301', 'ß', 'Ω', '中', 'ي',
  '\u200e', '\u200f', '\u00a0', '\u200b', '\ufeff', '\u0085', '\u2028', '\u{1f600}', '\u{1d49c}', '\u{10ffff}',
];
const MULTILINE_PIECES = [...LABEL_PIECES, '\n', '\r\n', '\t', '\u202e', '\u2066'];

/** Cut to `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

const textOf = (pieces: string[], min: number, max: number) =>
  fc
    .oneof(
      fc.array(fc.constantFrom(...pieces), { minLength: min, maxLength: Math.min(max, 40) }).map((p) => p.join('')),
      // The exact maximum, in 1- and 2-unit characters.
      fc.constantFrom('x', '\u{1f600}', 'é').map((c) => c.repeat(max)),
    )
    .map((s) => cut(s, max))
    .filter((s) => s.length >= min);

/** One-line text (names, fonts, tags, categories): no C0 controls, no bidi overrides. */
export const validLabel = (max: number, min = 1) => textOf(LABEL_PIECES, min, max);
/** The AI instruction: line breaks, tabs and bidi characters are allowed. */
export const validMultiline = (max: number) => textOf(MULTILINE_PIECES, 0, max);

const hexDigit = fc.constantFrom(...'0123456789abcdefABCDEF'.split(''));
/** `#RGB` or `#RRGGBB` in any case. */
export const validColor = fc
  .oneof(fc.array(hexDigit, { minLength: 3, maxLength: 3 }), fc.array(hexDigit, { minLength: 6, maxLength: 6 }))
  .map((d) => `#${d.join('')}`);

export const validColors = fc.record(Object.fromEntries(THEME_COLOR_TOKENS.map((t) => [t, validColor])));
export const validColorsPatch = fc.record(Object.fromEntries(THEME_COLOR_TOKENS.map((t) => [t, validColor])), {
  requiredKeys: [],
});

export const assetType = fc.constantFrom(...ASSET_TYPES);
export const usageMode = fc.constantFrom(...USAGE_MODES);
export const validTags = fc.array(validLabel(64), { maxLength: 5 });

/** A source URL the fake fetcher answers: its last segment decides the format and dimensions. */
export const validSourceUrl = fc
  .tuple(fc.constantFrom('logo', 'Café Menu', 'x'), fc.constantFrom('png', 'svg', 'jpg', 'gif', 'webp', 'mp4'))
  .map(([name, ext]) => `https://img.test/${encodeURIComponent(name)}.${ext}`);
