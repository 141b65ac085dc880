import { importApiBody } from './import-api-body';
import { importCss } from './import-css';
import { importDtcg } from './import-dtcg';
import type { ImportFormat, ImportResult } from './import-result';

/** Guesses the format from the text: curl or JSON with `colors` is the API body, other JSON DTCG, then CSS flavours. */
export function detectFormat(text: string): ImportFormat {
  const trimmed = text.trim();
  if (/^curl\b/.test(trimmed)) return 'api';
  if (trimmed.startsWith('{')) return /"colors"\s*:/.test(trimmed) && !/"\$value"/.test(trimmed) ? 'api' : 'dtcg';
  // shadcn/ui v4 files carry an `@theme inline` block too; their bare `--background` gives them away.
  if (/(?:^|[\s{;])--(?:background|foreground|primary-foreground|muted-foreground)\s*:/.test(trimmed)) return 'shadcn';
  if (/@theme\b/.test(trimmed)) return 'tailwind';
  if (/--brand-/.test(trimmed)) return 'css';
  return 'shadcn';
}

/** Reads a theme from text in the given format (or the detected one). Pure; never throws. */
export function importTheme(text: string, format: ImportFormat | 'auto' = 'auto'): ImportResult {
  const chosen = format === 'auto' ? detectFormat(text) : format;
  if (text.trim() === '') {
    return { ...importCss('', 'css'), format: chosen, issues: [{ line: null, message: 'There is nothing to import: paste a theme or choose a file.' }] };
  }
  switch (chosen) {
    case 'api':
      return importApiBody(text);
    case 'dtcg':
      return importDtcg(text);
    default:
      return importCss(text, chosen);
  }
}
