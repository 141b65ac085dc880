import type { Theme } from '@contract';
import { COLOR_TOKENS, DEFAULT_COLORS, safeColor } from '@/lib/theme-to-css-vars';

/** The 13 tokens in order, each one checked, for a ColorStrip: a colour we cannot trust shows the default. */
export function stripColors(colors: Theme['colors']): string[] {
  return COLOR_TOKENS.map((token) => safeColor(colors[token]) ?? DEFAULT_COLORS[token]);
}
