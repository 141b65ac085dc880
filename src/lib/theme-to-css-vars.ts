import { fontInfo } from './fonts-catalog';

/**
 * The 13 colour tokens, in the documented order. Duplicated from the contract on purpose: this
 * module must not pull zod into whichever chunk first renders a colour (bundle budget), and a test checks
 * that both lists agree.
 */
export const COLOR_TOKENS = [
  'background',
  'foreground',
  'muted',
  'card',
  'text_on_muted',
  'text_on_card',
  'primary',
  'secondary',
  'tertiary',
  'text_on_primary',
  'text_on_secondary',
  'text_on_tertiary',
  'border',
] as const;
export type ColorToken = (typeof COLOR_TOKENS)[number];

/**
 * What every colour we hand to CSS looks like (the property test checks it). Documents the output
 * of safeColor; the test keeps its own copy on purpose, so a looser pattern here cannot loosen it.
 * @public
 */
export const SAFE_COLOR = /^#[0-9A-F]{6}$/;

/** Used in place of a colour the API sent that we cannot trust: a neutral light theme. */
export const DEFAULT_COLORS: Readonly<Record<ColorToken, string>> = {
  background: '#FFFFFF',
  foreground: '#1F2937',
  muted: '#F3F4F6',
  card: '#F9FAFB',
  text_on_muted: '#4B5563',
  text_on_card: '#111827',
  primary: '#1D4ED8',
  secondary: '#4B5563',
  tertiary: '#B45309',
  text_on_primary: '#FFFFFF',
  text_on_secondary: '#FFFFFF',
  text_on_tertiary: '#FFFFFF',
  border: '#D1D5DB',
};

/**
 * `#RGB` or `#RRGGBB` in any case becomes uppercase `#RRGGBB`; anything else is null. The sandbox
 * only returns the normalised form, but the real API may not (untrusted), and a colour ends up in CSS.
 */
export function safeColor(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.exec(value);
  if (!match) return null;
  const hex = match[1]!.toUpperCase();
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`;
}

/** `text_on_primary` → `--brand-text-on-primary`. */
function colorVar(token: ColorToken): `--brand-${string}` {
  return `--brand-${token.replaceAll('_', '-')}`;
}

export const FONT_PRIMARY_VAR = '--brand-font-primary';
export const FONT_SECONDARY_VAR = '--brand-font-secondary';

/** Only the fields we read; the input is typed loosely because it is untrusted. */
export interface ThemeLike {
  colors?: unknown;
  font_primary?: unknown;
  font_secondary?: unknown;
}

export type BrandCssVars = Record<`--brand-${string}`, string>;

/**
 * Turns a theme into `--brand-*` custom properties for a preview subtree. Every colour is checked
 * against SAFE_COLOR and every font against a safe character set; anything else falls back to a
 * default, so no API value can reach CSS as `url(…)`, a second declaration or a quoted string.
 * Set the result through React's `style` object or `style.setProperty` (CSSOM), never as a style
 * string: the CSP allows no inline style attributes.
 */
export function themeToCssVars(theme: ThemeLike | null | undefined): BrandCssVars {
  const colors = isRecord(theme?.colors) ? theme.colors : {};
  const vars: BrandCssVars = {};
  for (const token of COLOR_TOKENS) {
    const raw = Object.hasOwn(colors, token) ? colors[token] : undefined;
    vars[colorVar(token)] = safeColor(raw) ?? DEFAULT_COLORS[token];
  }
  vars[FONT_PRIMARY_VAR] = fontInfo(theme?.font_primary).stack;
  vars[FONT_SECONDARY_VAR] = fontInfo(theme?.font_secondary).stack;
  return vars;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
