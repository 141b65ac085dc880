import { pickTokens, type Candidate, type ImportIssue, type ImportResult } from './import-result';
import { isRecord, lineAt, lineOfPath, parseJson } from './json-text';
import { parseColor } from './parse-color';
import { COLOR_TOKENS, type ColorToken } from './theme-draft';

/**
 * The `POST /v1/themes` body, a theme as the API returns it, or our curl line (the JSON between
 * its first `{` and last `}`; line numbers stay those of the whole text).
 */
export function importApiBody(text: string): ImportResult {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  const json = start === -1 ? text : text.slice(start, end + 1);
  const offset = start === -1 ? 0 : lineAt(text, start) - 1;
  const at = (line: number | null) => (line === null ? null : line + offset);
  const parsed = parseJson(json);
  const base = { format: 'api' as const, name: null, font_primary: null, font_secondary: null, ignored: [] };
  if (!parsed.ok) return { ...base, tokens: pickTokens([]).tokens, issues: [{ ...parsed.issue, line: at(parsed.issue.line) }] };
  const body = parsed.value;
  if (!isRecord(body) || !isRecord(body.colors)) {
    return { ...base, tokens: pickTokens([]).tokens, issues: [{ line: at(1), message: 'Expected a JSON object with a “colors” object.' }] };
  }
  const colors = body.colors;
  const candidates: Candidate[] = [];
  const issues: ImportIssue[] = [];
  for (const token of COLOR_TOKENS) {
    if (!Object.hasOwn(colors, token)) continue;
    const line = at(lineOfPath(json, ['colors', token]));
    const raw = colors[token];
    const color = typeof raw === 'string' ? parseColor(raw) : null;
    if (!color?.ok) issues.push({ line, message: `colors.${token} ${color ? color.message : 'is not a string.'}` });
    else candidates.push({ token, status: 'matched', rank: 0, value: color.hex, from: `colors.${token}`, line });
  }
  const known = new Set<string>(COLOR_TOKENS);
  const text_ = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    ...base,
    name: text_(body.name),
    font_primary: text_(body.font_primary),
    font_secondary: text_(body.font_secondary),
    tokens: pickTokens(candidates).tokens,
    issues,
    ignored: Object.keys(colors)
      .filter((key) => !known.has(key as ColorToken))
      .map((key) => `colors.${key}`),
  };
}
