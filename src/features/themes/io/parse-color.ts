import { displayable, formatHex, parse, toGamut, type Color } from 'culori';

export type ParsedColor = { ok: true; hex: string } | { ok: false; message: string };

/** shadcn/ui's bare HSL triplet, `222.2 84% 4.9%`, optionally with `/ alpha` or commas. */
const HSL_TRIPLET = /^(-?\d*\.?\d+)(deg)?[\s,]+(\d*\.?\d+)%[\s,]+(\d*\.?\d+)%(?:\s*\/\s*(\d*\.?\d+%?))?$/;

const toSrgb = toGamut('rgb', 'oklch');

const HINT = 'Use #RRGGBB, rgb(), hsl(), oklch() or an HSL triplet such as 0 0% 100%.';

/**
 * Any colour a theme file may hold becomes uppercase `#RRGGBB`. Colours outside sRGB (wide-gamut
 * oklch) are mapped into it by reducing chroma in OKLCH, so hue and lightness survive; transparent
 * colours are refused, because a theme token is painted as a solid surface or text.
 */
export function parseColor(raw: string): ParsedColor {
  const value = raw.trim().replace(/\s*!important$/i, '');
  if (value === '') return { ok: false, message: 'has no value.' };
  if (/\bvar\(/i.test(value)) return { ok: false, message: `refers to ${value}, which is not defined here.` };
  const triplet = HSL_TRIPLET.exec(value);
  const color: Color | undefined = triplet
    ? parse(`hsl(${triplet[1]} ${triplet[3]}% ${triplet[4]}%${triplet[5] ? ` / ${triplet[5]}` : ''})`)
    : parse(value);
  if (!color) return { ok: false, message: `“${value}” is not a colour. ${HINT}` };
  if (color.alpha !== undefined && color.alpha < 1) {
    return { ok: false, message: `“${value}” is transparent; theme colours must be opaque.` };
  }
  const inRgb = displayable(color) ? color : toSrgb(color);
  return { ok: true, hex: formatHex(inRgb).toUpperCase() };
}
