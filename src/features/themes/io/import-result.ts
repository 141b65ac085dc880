import { COLOR_TOKENS, type ColorToken } from './theme-draft';

export type ImportFormat = 'css' | 'tailwind' | 'shadcn' | 'dtcg' | 'api';

export const IMPORT_FORMAT_LABELS: Record<ImportFormat, string> = {
  css: 'CSS custom properties',
  tailwind: 'Tailwind v4 @theme',
  shadcn: 'shadcn/ui CSS variables',
  dtcg: 'Design tokens (DTCG JSON)',
  api: 'API body (JSON or curl)',
};

/** How one token was found: under its own name, by a guess from another name, or not at all. */
export type TokenMatch =
  | { status: 'matched' | 'guessed'; value: string; from: string; line: number | null }
  | { status: 'missing' };

/** A problem in the input, with the line it is on (1-based) when there is one. */
export interface ImportIssue {
  line: number | null;
  message: string;
}

export interface ImportResult {
  format: ImportFormat;
  name: string | null;
  font_primary: string | null;
  font_secondary: string | null;
  tokens: Record<ColorToken, TokenMatch>;
  issues: ImportIssue[];
  /** Names in the input that did not become a token (unknown, or a later duplicate). */
  ignored: string[];
}

/** One value found in the input under some name, before names are mapped to tokens. */
export interface Candidate {
  token: ColorToken;
  status: 'matched' | 'guessed';
  /** Lower wins among guesses for the same token (a closer meaning). */
  rank: number;
  value: string;
  from: string;
  line: number | null;
}

/** Picks each token's best candidate: matched before guessed, then the closer guess, then the first. */
export function pickTokens(candidates: readonly Candidate[]): { tokens: Record<ColorToken, TokenMatch>; unused: string[] } {
  const best = new Map<ColorToken, Candidate>();
  for (const c of candidates) {
    const held = best.get(c.token);
    const better =
      !held ||
      (c.status === 'matched' && held.status === 'guessed') ||
      (c.status === held.status && c.rank < held.rank);
    if (better) best.set(c.token, c);
  }
  const chosen = new Set(best.values());
  const tokens = Object.fromEntries(
    COLOR_TOKENS.map((token): [ColorToken, TokenMatch] => {
      const c = best.get(token);
      return [token, c ? { status: c.status, value: c.value, from: c.from, line: c.line } : { status: 'missing' }];
    }),
  ) as Record<ColorToken, TokenMatch>;
  const unused = candidates.filter((c) => !chosen.has(c)).map((c) => c.from);
  return { tokens, unused };
}
