import { readDraft, removeDraft, writeDraft } from '@/lib/draft-store';
import type { ThemeDraft } from '@/lib/theme-draft';
import { COLOR_TOKENS, safeColor } from '@/lib/theme-to-css-vars';

/**
 * The editor's draft in the tab's draft store (lib/draft-store.ts): written on every edit, read
 * back after a reload or a crash, dropped after a save or an explicit discard. What comes back is
 * checked field by field: storage is data from the past, maybe of an older shape.
 */
export function readStoredDraft(key: string): ThemeDraft | null {
  const value = readDraft(key);
  if (typeof value !== 'object' || value === null) return null;
  const draft = value as Partial<Record<keyof ThemeDraft, unknown>>;
  const colors = draft.colors as Record<string, unknown> | undefined;
  if (typeof draft.name !== 'string' || typeof draft.font_primary !== 'string' || typeof draft.font_secondary !== 'string') {
    return null;
  }
  if (typeof colors !== 'object' || colors === null || !COLOR_TOKENS.every((t) => safeColor(colors[t]) !== null)) {
    return null;
  }
  return {
    name: draft.name,
    font_primary: draft.font_primary,
    font_secondary: draft.font_secondary,
    colors: Object.fromEntries(COLOR_TOKENS.map((t) => [t, safeColor(colors[t])!])) as ThemeDraft['colors'],
  };
}

export const storeDraft = (key: string, draft: ThemeDraft) => writeDraft(key, draft);
export const dropStoredDraft = (key: string) => removeDraft(key);

export function sameDraft(a: ThemeDraft, b: ThemeDraft): boolean {
  return (
    a.name === b.name &&
    a.font_primary === b.font_primary &&
    a.font_secondary === b.font_secondary &&
    COLOR_TOKENS.every((t) => (safeColor(a.colors[t]) ?? a.colors[t]) === (safeColor(b.colors[t]) ?? b.colors[t]))
  );
}
