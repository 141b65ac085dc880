import { z } from 'zod';
import { HexColorInput, OrgIdParam, Timestamp, idPattern, listOf, pageQuery } from './common';
import { safeText } from './text-rules';

/** The 13 colour tokens in documented order. */
export const THEME_COLOR_TOKENS = [
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
export type ThemeColorToken = (typeof THEME_COLOR_TOKENS)[number];

const colorShape = <T extends z.ZodType>(value: T) =>
  Object.fromEntries(THEME_COLOR_TOKENS.map((t) => [t, value])) as Record<ThemeColorToken, T>;

/** Response colours stay plain strings: the client validates them again before use (themeToCssVars). */
export const ThemeColors = z.object(colorShape(z.string()));
export type ThemeColors = z.infer<typeof ThemeColors>;

export const Theme = z.object({
  object: z.literal('theme'),
  id: z.string(),
  name: z.string(),
  is_custom: z.boolean(),
  font_primary: z.string().nullable(),
  font_secondary: z.string().nullable(),
  colors: ThemeColors,
  created_at: Timestamp,
  updated_at: Timestamp,
});
export type Theme = z.infer<typeof Theme>;
export const ThemeList = listOf(Theme);
export type ThemeList = z.infer<typeof ThemeList>;

export const ThemeName = safeText(
  z.string().min(1, 'Name is required').max(100, 'Name must be at most 100 characters'),
);
export const FontName = safeText(
  z.string().min(1, 'Font is required').max(100, 'Font must be at most 100 characters'),
);

export const ThemeColorsInput = z.strictObject(colorShape(HexColorInput));
export const ThemeColorsPatch = ThemeColorsInput.partial();

export const ThemeCreate = z.strictObject({
  name: ThemeName,
  font_primary: FontName,
  font_secondary: FontName,
  colors: ThemeColorsInput,
  org_id: OrgIdParam.optional(),
});
export type ThemeCreate = z.input<typeof ThemeCreate>;

/** PATCH merges `colors` token by token. */
export const ThemeUpdate = z.strictObject({
  name: ThemeName.optional(),
  font_primary: FontName.optional(),
  font_secondary: FontName.optional(),
  colors: ThemeColorsPatch.optional(),
});
export type ThemeUpdate = z.input<typeof ThemeUpdate>;

/** Theme cursors may be a custom theme id or a system key. */
export const ThemeListQuery = pageQuery('theme').extend({
  after: z
    .string()
    .refine((v) => idPattern('theme').test(v) || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v), 'Expected a theme id or system key')
    .optional(),
});
export type ThemeListQuery = z.input<typeof ThemeListQuery>;
