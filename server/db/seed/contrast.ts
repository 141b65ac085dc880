/** WCAG 2.x relative luminance and contrast ratio for `#RRGGBB` colours. */

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  const m = /^#([0-9a-fA-F]{6})$/.exec(hex);
  if (!m) throw new Error(`Not a #RRGGBB colour: ${hex}`);
  const n = Number.parseInt(m[1]!, 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** Ratio from 1 to 21; order of the two colours does not matter. */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Text/background token pairs every theme must keep readable (WCAG AA for body text). */
export const READABLE_PAIRS = [
  ['foreground', 'background'],
  ['text_on_card', 'card'],
  ['text_on_muted', 'muted'],
  ['text_on_primary', 'primary'],
  ['text_on_secondary', 'secondary'],
  ['text_on_tertiary', 'tertiary'],
] as const;
