import type { ThemeColors } from '@contract';
import { COLOR_TOKENS, type ColorToken } from '@/lib/theme-to-css-vars';
import { BUNDLED_FONTS, GENERIC_STACKS, guessGeneric, isBundledFont } from '@/lib/fonts-catalog';

/** What is exported: a saved theme or the editor's unsaved draft, the same shape either way. */
export interface ThemeDraft {
  name: string;
  font_primary: string | null;
  font_secondary: string | null;
  colors: ThemeColors;
}

export { COLOR_TOKENS, type ColorToken };

/** `text_on_primary` → `text-on-primary`: how CSS formats spell a token. */
export const kebab = (token: ColorToken): string => token.replaceAll('_', '-');

/** A CSS string literal: quotes and backslashes escaped, line breaks as `\A ` (CSS Syntax §4.3.5). */
export function cssString(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\r\n|[\n\r\f]/g, '\\A ')}"`;
}

/** The font as a `font-family` value: the family quoted, then a generic fallback stack. */
export function fontStack(font: string): string {
  const generic = isBundledFont(font) ? BUNDLED_FONTS[font]!.generic : guessGeneric(font);
  return `${cssString(font)}, ${GENERIC_STACKS[generic]}`;
}

/** A name inside a CSS comment must not end it: a zero-width space splits the terminator. */
export const commentSafe = (text: string): string => text.replaceAll('*/', '*\u200B/');
