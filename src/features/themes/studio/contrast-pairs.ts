import type { ThemeColors } from '@contract';
import { contrastLevel, contrastRatio, WCAG, type ContrastLevel } from '@/lib/color-math';
import { safeColor, type ColorToken } from '@/lib/theme-to-css-vars';

export type PairKind = 'text' | 'non-text';

export interface ContrastPair {
  /** Stable key, e.g. `text_on_primary/primary`. */
  id: string;
  /** The colour drawn on top: text, or the border line. */
  fg: ColorToken;
  /** The surface under it. */
  bg: ColorToken;
  kind: PairKind;
  /** What people read, e.g. "Text on primary". */
  label: string;
}

function pair(fg: ColorToken, bg: ColorToken, kind: PairKind, label: string): ContrastPair {
  return { id: `${fg}/${bg}`, fg, bg, kind, label };
}

/**
 * Every pair the renderer draws (features/themes/sample-document.tsx and the brand page through
 * lib/theme-to-css-vars): each text_on_* on its own surface; the body text on the page and on
 * cards; muted and card text also directly on the page (lists and notes outside a card); and the
 * border against the page and the card, which WCAG 1.4.11 grades as non-text at 3:1.
 */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  pair('foreground', 'background', 'text', 'Body text on background'),
  pair('foreground', 'card', 'text', 'Body text on card'),
  pair('text_on_card', 'card', 'text', 'Card text on card'),
  pair('text_on_card', 'background', 'text', 'Card text on background'),
  pair('text_on_muted', 'muted', 'text', 'Muted text on muted'),
  pair('text_on_muted', 'background', 'text', 'Muted text on background'),
  pair('text_on_primary', 'primary', 'text', 'Text on primary'),
  pair('text_on_secondary', 'secondary', 'text', 'Text on secondary'),
  pair('text_on_tertiary', 'tertiary', 'text', 'Text on tertiary'),
  pair('border', 'background', 'non-text', 'Border on background'),
  pair('border', 'card', 'non-text', 'Border on card'),
];

/** The ratio a pair must reach to pass AA: 4.5 for text, 3 for non-text. */
export function minimumFor(kind: PairKind): number {
  return kind === 'text' ? WCAG.AA : WCAG.NON_TEXT;
}

export interface PairResult {
  pair: ContrastPair;
  /** Normalised `#RRGGBB`, or null when the value is not a colour (then no ratio either). */
  fg: string | null;
  bg: string | null;
  ratio: number | null;
  level: ContrastLevel | null;
}

/** Grades one pair of a (possibly half-typed) set of colours. */
export function evaluatePair(colors: Partial<ThemeColors>, pair: ContrastPair): PairResult {
  const fg = safeColor(colors[pair.fg]);
  const bg = safeColor(colors[pair.bg]);
  if (!fg || !bg) return { pair, fg, bg, ratio: null, level: null };
  const ratio = contrastRatio(fg, bg);
  return { pair, fg, bg, ratio, level: contrastLevel(ratio, pair.kind) };
}

export function evaluateAll(colors: Partial<ThemeColors>): PairResult[] {
  return CONTRAST_PAIRS.map((p) => evaluatePair(colors, p));
}
