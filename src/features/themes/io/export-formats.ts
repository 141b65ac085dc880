import { exportCssVars, exportTailwind } from './export-css';
import { exportApiBody, exportCurl, exportDtcg } from './export-json';
import type { ImportFormat } from './import-result';
import type { ThemeDraft } from './theme-draft';

export type ExportFormatId = 'css' | 'tailwind' | 'dtcg' | 'api' | 'curl';

export interface ExportFormat {
  id: ExportFormatId;
  label: string;
  /** What the file is called when downloaded, after the theme's slug. */
  extension: string;
  mime: string;
  render: (draft: ThemeDraft) => string;
  /** The import format that reads this export back (the round-trip tests walk this table). */
  importAs: ImportFormat;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: 'css', label: 'CSS variables', extension: 'css', mime: 'text/css', render: exportCssVars, importAs: 'css' },
  { id: 'tailwind', label: 'Tailwind v4', extension: 'tailwind.css', mime: 'text/css', render: exportTailwind, importAs: 'tailwind' },
  { id: 'dtcg', label: 'Design tokens', extension: 'tokens.json', mime: 'application/json', render: exportDtcg, importAs: 'dtcg' },
  { id: 'api', label: 'API body', extension: 'theme.json', mime: 'application/json', render: exportApiBody, importAs: 'api' },
  { id: 'curl', label: 'curl', extension: 'sh', mime: 'text/x-shellscript', render: exportCurl, importAs: 'api' },
];

/** A file name from the theme name: `Ocean Blue` → `ocean-blue`; never empty. */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'theme';
}
