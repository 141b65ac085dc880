import { DTCG_EXTENSION } from './export-json';
import { pickTokens, type Candidate, type ImportIssue, type ImportResult } from './import-result';
import { isRecord, lineOfPath, parseJson } from './json-text';
import { parseColor } from './parse-color';
import { tokenForName } from './token-names';

interface Leaf {
  path: string[];
  type: string | undefined;
  value: unknown;
}

/** Every token (an object with `$value`) with its type, inherited from its groups as the spec says. */
function leaves(node: Record<string, unknown>, path: string[], inherited: string | undefined, out: Leaf[]) {
  const type = typeof node.$type === 'string' ? node.$type : inherited;
  if ('$value' in node) {
    out.push({ path, type, value: node.$value });
    return;
  }
  for (const [key, child] of Object.entries(node)) {
    if (!key.startsWith('$') && isRecord(child)) leaves(child, [...path, key], type, out);
  }
}

/** DTCG colour values: `#hex` or any CSS colour string, or the 2025 object form. */
function colorText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (!isRecord(value)) return null;
  if (typeof value.hex === 'string') return value.hex;
  const c = value.components;
  if (!Array.isArray(c) || c.length !== 3 || !c.every((n) => typeof n === 'number')) return null;
  const alpha = typeof value.alpha === 'number' ? ` / ${value.alpha}` : '';
  const [a, b, d] = c as [number, number, number];
  switch (value.colorSpace) {
    case 'srgb':
      return `color(srgb ${a} ${b} ${d}${alpha})`;
    case 'display-p3':
      return `color(display-p3 ${a} ${b} ${d}${alpha})`;
    case 'hsl':
      return `hsl(${a} ${b}% ${d}%${alpha})`;
    case 'oklch':
      return `oklch(${a} ${b} ${d}${alpha})`;
    case 'oklab':
      return `oklab(${a} ${b} ${d}${alpha})`;
    default:
      return null;
  }
}

/** W3C design tokens: colour tokens by their last name, fonts from `fontFamily` tokens, `{a.b}` aliases followed. */
export function importDtcg(text: string): ImportResult {
  const parsed = parseJson(text);
  const empty = pickTokens([]).tokens;
  const base = { format: 'dtcg' as const, name: null, font_primary: null, font_secondary: null, ignored: [] };
  if (!parsed.ok) return { ...base, tokens: empty, issues: [parsed.issue] };
  if (!isRecord(parsed.value)) return { ...base, tokens: empty, issues: [{ line: 1, message: 'Expected a JSON object of token groups.' }] };
  const root = parsed.value;
  const all: Leaf[] = [];
  leaves(root, [], undefined, all);
  const byPath = new Map(all.map((leaf) => [leaf.path.join('.'), leaf]));
  const deref = (value: unknown): unknown => {
    for (let depth = 0; depth < 10 && typeof value === 'string'; depth++) {
      const alias = /^\{([^{}]+)\}$/.exec(value);
      const target = alias ? byPath.get(alias[1]!) : undefined;
      if (!target) return value;
      value = target.value;
    }
    return value;
  };

  const candidates: Candidate[] = [];
  const issues: ImportIssue[] = [];
  const ignored: string[] = [];
  const fonts: { font_primary: string | null; font_secondary: string | null } = { font_primary: null, font_secondary: null };
  for (const leaf of all) {
    const key = leaf.path.at(-1)!;
    const where = leaf.path.join('.');
    const line = lineOfPath(text, leaf.path);
    if (leaf.type === 'fontFamily') {
      const value = deref(leaf.value);
      const family = Array.isArray(value) ? value[0] : value;
      const slot = /second|body|text/i.test(key) ? 'font_secondary' : 'font_primary';
      if (typeof family === 'string' && family.trim() !== '' && fonts[slot] === null) fonts[slot] = family;
      continue;
    }
    const token = leaf.type === 'color' || leaf.type === undefined ? tokenForName(key) : null;
    if (!token) {
      ignored.push(where);
      continue;
    }
    const raw = colorText(deref(leaf.value));
    const color = raw === null ? null : parseColor(raw);
    if (!color?.ok) {
      issues.push({ line, message: `${where} ${color ? color.message : 'has a $value that is not a colour.'}` });
      continue;
    }
    candidates.push({ ...token, value: color.hex, from: where, line });
  }
  const { tokens, unused } = pickTokens(candidates);
  const extension = isRecord(root.$extensions) ? root.$extensions[DTCG_EXTENSION] : undefined;
  const name = isRecord(extension) && typeof extension.name === 'string' ? extension.name : null;
  return { ...base, name, ...fonts, tokens, issues, ignored: [...ignored, ...unused.map((n) => `${n} (another name was used)`)] };
}
