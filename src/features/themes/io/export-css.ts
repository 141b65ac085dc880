import { COLOR_TOKENS, commentSafe, fontStack, kebab, type ColorToken, type ThemeDraft } from './theme-draft';

/** The prefixes each CSS export writes; the importer reads them back as exact matches. */
export const CSS_VARS_PREFIX = { color: '--brand-', font: '--brand-font-' } as const;
export const TAILWIND_PREFIX = { color: '--color-', font: '--font-' } as const;

/** The header comment both CSS exports start with; the importer reads the name back from it. */
export const NAME_COMMENT = /\/\*\s*Theme:\s*([^\n]*?)\s*\*\//;

function declarations(draft: ThemeDraft, prefix: { color: string; font: string }): string[] {
  const lines = COLOR_TOKENS.map((token: ColorToken) => `  ${prefix.color}${kebab(token)}: ${draft.colors[token]};`);
  if (draft.font_primary) lines.push(`  ${prefix.font}primary: ${fontStack(draft.font_primary)};`);
  if (draft.font_secondary) lines.push(`  ${prefix.font}secondary: ${fontStack(draft.font_secondary)};`);
  return lines;
}

/** Plain CSS custom properties on `:root`, named as the app's own preview names them (`--brand-*`). */
export function exportCssVars(draft: ThemeDraft): string {
  return [`/* Theme: ${commentSafe(draft.name)} */`, ':root {', ...declarations(draft, CSS_VARS_PREFIX), '}', ''].join(
    '\n',
  );
}

/**
 * A Tailwind v4 `@theme` block: `--color-*` and `--font-*` are the namespaces Tailwind turns into
 * utilities, so `bg-primary`, `text-text-on-primary` and `font-primary` work after pasting it.
 */
export function exportTailwind(draft: ThemeDraft): string {
  return [
    `/* Theme: ${commentSafe(draft.name)} */`,
    '@theme {',
    ...declarations(draft, TAILWIND_PREFIX),
    '}',
    '',
  ].join('\n');
}
