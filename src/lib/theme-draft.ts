import type { Theme, ThemeCreate, ThemeUpdate } from '@contract';
import { COLOR_TOKENS, DEFAULT_COLORS, safeColor, type ColorToken } from './theme-to-css-vars';

/**
 * What the theme editor edits: the writable fields of a theme. The same shape goes to export
 * (studio-io's ExportPanel) and, with a scope, to POST /v1/themes. Pure, zod-free (bundle budget).
 */
export interface ThemeDraft {
  name: string;
  font_primary: string;
  font_secondary: string;
  colors: Record<ColorToken, string>;
}

/** A theme without a font still needs one to be saved (the API requires both). */
export const DEFAULT_FONT = 'Inter';

/** The theme's own values, colours normalised; anything we cannot trust falls back to a default. */
export function draftFromTheme(theme: Pick<Theme, 'name' | 'font_primary' | 'font_secondary' | 'colors'>): ThemeDraft {
  const colors = {} as Record<ColorToken, string>;
  for (const token of COLOR_TOKENS) colors[token] = safeColor(theme.colors[token]) ?? DEFAULT_COLORS[token];
  return {
    name: theme.name,
    font_primary: theme.font_primary ?? DEFAULT_FONT,
    font_secondary: theme.font_secondary ?? DEFAULT_FONT,
    colors,
  };
}

export function blankDraft(): ThemeDraft {
  return { name: '', font_primary: DEFAULT_FONT, font_secondary: DEFAULT_FONT, colors: { ...DEFAULT_COLORS } };
}

/** "Ocean" → "Ocean copy": the name a duplicate starts with. */
export function duplicateDraft(theme: Parameters<typeof draftFromTheme>[0]): ThemeDraft {
  const draft = draftFromTheme(theme);
  return { ...draft, name: `${draft.name} copy`.slice(0, 100) };
}

/** Colours compare normalised: `#abc` and `#AABBCC` are the same colour. */
function sameColor(a: string, b: string): boolean {
  return (safeColor(a) ?? a) === (safeColor(b) ?? b);
}

/**
 * The PATCH body for going from `saved` to `draft`: only what changed, colours token by token
 * (the API merges them), so a concurrent edit of another token survives. Empty when nothing did.
 */
export function themePatch(saved: ThemeDraft, draft: ThemeDraft): ThemeUpdate {
  const patch: ThemeUpdate = {};
  if (draft.name.trim() !== saved.name) patch.name = draft.name.trim();
  if (draft.font_primary !== saved.font_primary) patch.font_primary = draft.font_primary;
  if (draft.font_secondary !== saved.font_secondary) patch.font_secondary = draft.font_secondary;
  const colors: Partial<Record<ColorToken, string>> = {};
  for (const token of COLOR_TOKENS) {
    if (!sameColor(draft.colors[token], saved.colors[token])) colors[token] = safeColor(draft.colors[token]) ?? draft.colors[token];
  }
  if (Object.keys(colors).length > 0) patch.colors = colors;
  return patch;
}

export function isEmptyPatch(patch: ThemeUpdate): boolean {
  return Object.keys(patch).length === 0;
}

/** The tokens a patch changes, for messages ("3 colours changed"). */
export function changedTokens(patch: ThemeUpdate): ColorToken[] {
  return COLOR_TOKENS.filter((token) => patch.colors?.[token] !== undefined);
}

/** The POST body for a draft in a scope (`org` undefined: personal). */
export function createBody(draft: ThemeDraft, org: string | undefined): ThemeCreate {
  return {
    name: draft.name.trim(),
    font_primary: draft.font_primary,
    font_secondary: draft.font_secondary,
    colors: { ...draft.colors },
    ...(org ? { org_id: org } : {}),
  };
}
