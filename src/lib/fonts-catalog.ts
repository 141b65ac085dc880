/**
 * Which font families the app bundles (self-hosted @fontsource files: the CSP allows fonts from
 * 'self' only and there is no internet at run time) and how a font name turns into a CSS
 * `font-family` value. Pure: the loaders live in fonts.ts so this file stays tiny and testable.
 */

export type GenericFamily = 'sans-serif' | 'serif' | 'monospace';

/** Fallback stacks: only plain identifiers, so they need no quoting (see themeToCssVars). */
export const GENERIC_STACKS: Record<GenericFamily, string> = {
  'sans-serif': 'ui-sans-serif, system-ui, sans-serif',
  serif: 'ui-serif, Georgia, serif',
  monospace: 'ui-monospace, Menlo, Consolas, monospace',
};

interface BundledFont {
  generic: GenericFamily;
  /**
   * The family name used in CSS. Normally the font's own name; "Source Serif 4" cannot be written
   * without quotes (an identifier may not start with a digit), so it is registered under an alias.
   */
  cssFamily?: string;
}

/** Every font of the system themes plus the most used Google fonts, keyed by their exact name. */
export const BUNDLED_FONTS: Readonly<Record<string, BundledFont>> = {
  Roboto: { generic: 'sans-serif' },
  'Open Sans': { generic: 'sans-serif' },
  'Noto Sans': { generic: 'sans-serif' },
  Montserrat: { generic: 'sans-serif' },
  Poppins: { generic: 'sans-serif' },
  Lato: { generic: 'sans-serif' },
  Inter: { generic: 'sans-serif' },
  'Roboto Condensed': { generic: 'sans-serif' },
  Oswald: { generic: 'sans-serif' },
  Raleway: { generic: 'sans-serif' },
  'Nunito Sans': { generic: 'sans-serif' },
  Nunito: { generic: 'sans-serif' },
  'Playfair Display': { generic: 'serif' },
  Rubik: { generic: 'sans-serif' },
  Ubuntu: { generic: 'sans-serif' },
  Merriweather: { generic: 'serif' },
  'Roboto Mono': { generic: 'monospace' },
  'Work Sans': { generic: 'sans-serif' },
  'PT Sans': { generic: 'sans-serif' },
  Lora: { generic: 'serif' },
  'Source Serif 4': { generic: 'serif', cssFamily: 'Source Serif Four' },
  'JetBrains Mono': { generic: 'monospace' },
  'Space Grotesk': { generic: 'sans-serif' },
  'Libre Baskerville': { generic: 'serif' },
  'IBM Plex Sans': { generic: 'sans-serif' },
  'IBM Plex Mono': { generic: 'monospace' },
  'Fira Sans': { generic: 'sans-serif' },
  'DM Sans': { generic: 'sans-serif' },
};

/**
 * Font names from the API are untrusted: letters, digits, spaces and hyphens only, 1–100
 * characters. Anything else (quotes, semicolons, `url(`, braces, backslashes) is refused.
 */
const SAFE_FONT_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9 -]{0,98}[A-Za-z0-9])?$/;

export type FontStatus = 'bundled' | 'not-bundled' | 'invalid' | 'missing';

export interface FontInfo {
  /** The name as the theme gave it, or null when absent. Shown as text only. */
  name: string | null;
  status: FontStatus;
  generic: GenericFamily;
  /** A `font-family` value without quotes: the bundled family (if any) then the generic stack. */
  stack: string;
}

const SERIF_HINTS =
  /\b(serif|slab|garamond|baskerville|times|georgia|caslon|bodoni|didot|playfair|merriweather|lora|charter|cambria|book)\b/i;
const MONO_HINTS = /\b(mono|code|courier|consol|console|terminal)\b/i;

/** Best guess of the closest generic family for a font we do not ship. */
export function guessGeneric(name: string): GenericFamily {
  if (MONO_HINTS.test(name)) return 'monospace';
  if (/\bsans\b/i.test(name)) return 'sans-serif';
  if (SERIF_HINTS.test(name)) return 'serif';
  return 'sans-serif';
}

export function isBundledFont(name: string): boolean {
  return Object.hasOwn(BUNDLED_FONTS, name);
}

/** Classifies a theme's font and builds the CSS value the preview uses for it. */
export function fontInfo(name: unknown): FontInfo {
  if (typeof name !== 'string' || name.trim() === '') {
    return { name: null, status: 'missing', generic: 'sans-serif', stack: GENERIC_STACKS['sans-serif'] };
  }
  if (!SAFE_FONT_NAME.test(name)) {
    return { name, status: 'invalid', generic: 'sans-serif', stack: GENERIC_STACKS['sans-serif'] };
  }
  if (isBundledFont(name)) {
    const font = BUNDLED_FONTS[name]!;
    return {
      name,
      status: 'bundled',
      generic: font.generic,
      stack: `${font.cssFamily ?? name}, ${GENERIC_STACKS[font.generic]}`,
    };
  }
  const generic = guessGeneric(name);
  return { name, status: 'not-bundled', generic, stack: GENERIC_STACKS[generic] };
}
