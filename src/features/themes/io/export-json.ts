import { FontName, ThemeName } from '@contract';
import { COLOR_TOKENS, type ThemeDraft } from './theme-draft';

/** Where our name for the theme lives in DTCG files: `$extensions` is the spec's place for tool data. */
export const DTCG_EXTENSION = 'io.brandkit.theme';

/**
 * W3C Design Tokens (DTCG) JSON: a `color` group of 13 `$type: "color"` tokens whose `$value` is
 * `#RRGGBB` (the form every DTCG tool reads), and a `font` group of `fontFamily` tokens.
 */
export function exportDtcg(draft: ThemeDraft): string {
  const color: Record<string, unknown> = {};
  for (const token of COLOR_TOKENS) color[token] = { $type: 'color', $value: draft.colors[token] };
  const font: Record<string, unknown> = {};
  if (draft.font_primary) font.primary = { $type: 'fontFamily', $value: draft.font_primary };
  if (draft.font_secondary) font.secondary = { $type: 'fontFamily', $value: draft.font_secondary };
  const doc: Record<string, unknown> = {
    $description: `Brandkit theme: ${draft.name}`,
    $extensions: { [DTCG_EXTENSION]: { name: draft.name } },
    color,
  };
  if (Object.keys(font).length > 0) doc.font = font;
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** The API needs both fonts; a draft without one gets this, and the panel says so. */
export const FALLBACK_FONT = 'Inter';
export const FALLBACK_NAME = 'Untitled theme';

/** The `POST /v1/themes` body (contract `ThemeCreate`): what the draft has, with fallbacks where the API insists. */
export function apiBody(draft: ThemeDraft) {
  return {
    name: ThemeName.safeParse(draft.name).success ? draft.name : FALLBACK_NAME,
    font_primary: draft.font_primary && FontName.safeParse(draft.font_primary).success ? draft.font_primary : FALLBACK_FONT,
    font_secondary:
      draft.font_secondary && FontName.safeParse(draft.font_secondary).success ? draft.font_secondary : FALLBACK_FONT,
    colors: Object.fromEntries(COLOR_TOKENS.map((token) => [token, draft.colors[token]])),
  };
}

export function exportApiBody(draft: ThemeDraft): string {
  return `${JSON.stringify(apiBody(draft), null, 2)}\n`;
}

/** The documented production base URL (API notes, section 0); the sandbox serves the same paths. */
export const API_BASE_URL = 'https://api.nextdocs.io/v1';

/**
 * A ready curl line. The body goes through a quoted here-document, so no character of a theme
 * name can end the shell string; the key stays in the environment, never in the text.
 */
export function exportCurl(draft: ThemeDraft): string {
  return [
    `curl -X POST ${API_BASE_URL}/themes \\`,
    '  -H "Authorization: Bearer $NEXTDOCS_API_KEY" \\',
    '  -H "Content-Type: application/json" \\',
    "  --data-binary @- <<'JSON'",
    exportApiBody(draft).trimEnd(),
    'JSON',
    '',
  ].join('\n');
}
