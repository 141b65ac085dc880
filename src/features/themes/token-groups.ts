import type { ColorToken } from '@/lib/theme-to-css-vars';

/** The colour tokens grouped by role, as the brand page shows them (swatches) and the editor edits them. */
export const TOKEN_GROUPS: ReadonlyArray<{ label: string; tokens: readonly ColorToken[] }> = [
  { label: 'Surfaces', tokens: ['background', 'card', 'muted'] },
  { label: 'Text', tokens: ['foreground', 'text_on_card', 'text_on_muted'] },
  {
    label: 'Accents',
    tokens: ['primary', 'text_on_primary', 'secondary', 'text_on_secondary', 'tertiary', 'text_on_tertiary'],
  },
  { label: 'Border', tokens: ['border'] },
];

/** `text_on_primary` → "Text on primary". */
export function tokenLabel(token: ColorToken): string {
  const words = token.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
