import type { ThemeColors } from '@contract';
import { fixLightness } from '@/lib/color-math';
import type { ColorToken } from '@/lib/theme-to-css-vars';
import { CONTRAST_PAIRS, evaluatePair, minimumFor, type PairResult } from './contrast-pairs';

/** Which colour of a failing pair a fix changes: the text (or border), or the surface under it. */
export type FixTarget = 'fg' | 'bg';

export interface PairFix {
  token: ColorToken;
  before: string;
  after: string;
}

/** The lightness-only fix of one failing pair, or null when it passes, or no lightness passes. */
export function fixForPair(result: PairResult, target: FixTarget): PairFix | null {
  const { pair, fg, bg, level } = result;
  if (!fg || !bg || level !== 'fail') return null;
  const after = fixLightness(fg, bg, minimumFor(pair.kind), { adjust: target });
  if (!after) return null;
  return target === 'fg' ? { token: pair.fg, before: fg, after } : { token: pair.bg, before: bg, after };
}

export interface FixAllResult {
  patch: Partial<ThemeColors>;
  /** Pairs that fail before and pass after. */
  fixed: number;
  /** Pairs still failing afterwards (no lightness passes, or two pairs pull one token apart). */
  remaining: PairResult[];
}

/**
 * Fixes every failing pair at once. Tokens are shared (the border sits on the page and on the
 * card), so fixing one pair can break another: fixes are applied in order to a working copy, and
 * the round repeats a few times until nothing changes. Returns only the tokens that changed.
 */
export function fixAll(colors: Partial<ThemeColors>, target: FixTarget): FixAllResult {
  const working: Partial<ThemeColors> = { ...colors };
  const failingBefore = CONTRAST_PAIRS.filter((p) => evaluatePair(colors, p).level === 'fail');
  for (let round = 0; round < 4; round++) {
    let changed = false;
    for (const pair of CONTRAST_PAIRS) {
      const fix = fixForPair(evaluatePair(working, pair), target);
      if (fix && fix.after !== fix.before) {
        working[fix.token] = fix.after;
        changed = true;
      }
    }
    if (!changed) break;
  }
  const patch: Partial<ThemeColors> = {};
  for (const [token, value] of Object.entries(working) as Array<[ColorToken, string]>) {
    if (value !== colors[token]) patch[token] = value;
  }
  const remaining = CONTRAST_PAIRS.map((p) => evaluatePair(working, p)).filter((r) => r.level === 'fail');
  const fixed = failingBefore.filter((p) => !remaining.some((r) => r.pair === p)).length;
  return { patch, fixed, remaining };
}
