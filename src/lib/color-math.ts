import {
  clampChroma,
  converter,
  differenceEuclidean,
  formatHex,
  modeLrgb,
  modeOklab,
  modeOklch,
  modeRgb,
  parseHex,
  useMode as registerMode,
  wcagContrast,
  type Oklch,
  type Rgb,
} from 'culori/fn';

/*
 * Colour maths for the theme studio (contrast matrix, compare, editor, import). Built on culori's
 * tree-shakeable `culori/fn` entry: only the four colour spaces registered below end up in the
 * bundle. Import this module only from lazy chunks (bundle budget B1).
 */
// culori's `useMode` registers a colour space; it is not a React hook (renamed for the linter).
registerMode(modeRgb);
registerMode(modeLrgb); // WCAG luminance goes through linear RGB
registerMode(modeOklab);
registerMode(modeOklch);

const toOklch = converter('oklch');
const oklabDistance = differenceEuclidean('oklab');

/** WCAG 2 thresholds: text AA / AAA, and non-text (borders, UI parts) AA. */
export const WCAG = { AA: 4.5, AAA: 7, NON_TEXT: 3 } as const;

/**
 * `#abc`, `abc`, `#aabbcc`, `AABBCC` (surrounding spaces allowed) become `#AABBCC`; anything else
 * is null. Same output form as lib/theme-to-css-vars `safeColor`, so results can go straight to CSS.
 */
export function normalizeHex(value: string): string | null {
  const match = /^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.exec(value.trim());
  if (!match) return null;
  const hex = match[1]!.toUpperCase();
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`;
}

function rgbOf(hex: string): Rgb {
  const normal = normalizeHex(hex);
  const color = normal ? parseHex(normal) : undefined;
  if (!color) throw new TypeError(`Not a hex colour: ${hex}`);
  return color;
}

/**
 * WCAG 2 contrast ratio of two hex colours, 1 to 21 (order does not matter). Unrounded:
 * #777777 on #FFFFFF is 4.4776…, which fails 4.5 although it displays as "4.48".
 * Throws on a string that is not a hex colour (normalizeHex it first).
 */
export function contrastRatio(a: string, b: string): number {
  return wcagContrast(rgbOf(a), rgbOf(b));
}

/**
 * Perceptual distance: Euclidean distance in OKLab, in OKLab units where lightness runs 0 to 1
 * (black to white is 1.0). About 0.02 is a just-noticeable difference. Multiply by 100 for the
 * "ΔE OK ×100" scale some tools show.
 */
export function deltaEOk(a: string, b: string): number {
  return oklabDistance(rgbOf(a), rgbOf(b));
}

/** The colour's OKLCH coordinates (l 0–1, c ≥ 0, h in degrees or undefined for greys). */
export function oklchOf(hex: string): { l: number; c: number; h: number | undefined } {
  const { l, c, h } = toOklch(rgbOf(hex));
  return { l, c, h };
}

export interface FixOptions {
  /** Which colour of the pair to change: the foreground (text) or the background (surface). */
  adjust: 'fg' | 'bg';
}

/** Hex of an OKLCH colour; chroma reduced at constant lightness and hue when out of sRGB. */
function hexAt(base: Oklch, l: number): string {
  const clamped = clampChroma({ ...base, l }, 'oklch') as Oklch;
  return formatHex(clamped).toUpperCase();
}

const SCAN_STEP = 0.02;

/**
 * The smallest lightness change in one direction (+1 lighter, -1 darker) whose colour passes, or
 * null. Contrast can fall before it rises (darkening a light text on a dark surface), so the scan
 * walks outward in coarse steps and then bisects between the last failing and first passing step.
 */
function nearestInDirection(base: Oklch, other: Rgb, minRatio: number, dir: 1 | -1): string | null {
  const passes = (l: number) => wcagContrast(rgbOf(hexAt(base, l)), other) >= minRatio;
  const end = dir > 0 ? 1 : 0;
  let fail = base.l;
  let pass: number | null = null;
  for (let l = base.l + dir * SCAN_STEP; dir > 0 ? l < end : l > end; l += dir * SCAN_STEP) {
    if (passes(l)) {
      pass = l;
      break;
    }
    fail = l;
  }
  if (pass === null) {
    if (!passes(end)) return null;
    pass = end;
  }
  let good: number = pass;
  // Bisect to 1e-4 in lightness: finer than 8-bit hex can express.
  while (Math.abs(good - fail) > 1e-4) {
    const mid: number = (good + fail) / 2;
    if (passes(mid)) good = mid;
    else fail = mid;
  }
  return hexAt(base, good);
}

/**
 * Changes only the OKLCH lightness of one colour of the pair (fg or bg, per `adjust`) to the
 * nearest value whose WCAG contrast reaches `minRatio`, keeping hue and chroma. Where the kept
 * chroma does not fit in sRGB at the new lightness, chroma is reduced at constant hue (culori
 * clampChroma) rather than clipping RGB channels, which would shift the hue. Returns the new
 * `#RRGGBB` (already passing after rounding to hex); the input unchanged if it passes already;
 * null when no lightness passes (e.g. 7:1 against a mid grey).
 */
export function fixLightness(fg: string, bg: string, minRatio: number, { adjust }: FixOptions): string | null {
  const target = adjust === 'fg' ? fg : bg;
  const other = rgbOf(adjust === 'fg' ? bg : fg);
  const normal = normalizeHex(target);
  if (!normal) throw new TypeError(`Not a hex colour: ${target}`);
  if (wcagContrast(rgbOf(normal), other) >= minRatio) return normal;
  const base = toOklch(rgbOf(normal));
  // Greys have no hue; any hue with chroma 0 is the same grey.
  const start: Oklch = { mode: 'oklch', l: base.l, c: base.c, h: base.h ?? 0 };
  const lighter = nearestInDirection(start, other, minRatio, 1);
  const darker = nearestInDirection(start, other, minRatio, -1);
  if (!lighter || !darker) return lighter ?? darker;
  const distance = (hex: string) => Math.abs(toOklch(rgbOf(hex)).l - base.l);
  return distance(lighter) <= distance(darker) ? lighter : darker;
}

/** How a ratio fares: AAA, AA, or failing, for text (4.5 / 7) or non-text (3) thresholds. */
export type ContrastLevel = 'AAA' | 'AA' | 'fail';

export function contrastLevel(ratio: number, kind: 'text' | 'non-text'): ContrastLevel {
  if (kind === 'non-text') return ratio >= WCAG.NON_TEXT ? 'AA' : 'fail';
  if (ratio >= WCAG.AAA) return 'AAA';
  return ratio >= WCAG.AA ? 'AA' : 'fail';
}

/**
 * A ratio as people read it, "4.48:1" (rounded like WebAIM's checker), except that a failing ratio
 * is never rounded up onto a threshold: 4.499 shows "4.49:1", not a failing "4.50:1".
 */
export function formatRatio(ratio: number): string {
  let shown = Math.round(ratio * 100) / 100;
  if ([WCAG.NON_TEXT, WCAG.AA, WCAG.AAA].some((t) => ratio < t && shown >= t)) shown = Math.floor(ratio * 100) / 100;
  return `${shown.toFixed(2)}:1`;
}
