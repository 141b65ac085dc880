import { firstFamily, readCssDeclarations, type CssDeclaration } from './css-declarations';
import { NAME_COMMENT } from './export-css';
import { pickTokens, type Candidate, type ImportIssue, type ImportResult } from './import-result';
import { parseColor } from './parse-color';
import { tokenForName } from './token-names';

/** Our own prefixes first, then Tailwind's namespace, then any bare name (shadcn). */
const COLOR_PREFIXES = ['--brand-', '--color-', '--'];
/** Font variables: ours and Tailwind's are exact, the usual theme names are guesses. */
const FONT_NAMES: Record<string, { slot: 'font_primary' | 'font_secondary'; exact: boolean }> = {
  '--brand-font-primary': { slot: 'font_primary', exact: true },
  '--brand-font-secondary': { slot: 'font_secondary', exact: true },
  '--font-primary': { slot: 'font_primary', exact: true },
  '--font-secondary': { slot: 'font_secondary', exact: true },
  '--font-heading': { slot: 'font_primary', exact: false },
  '--font-display': { slot: 'font_primary', exact: false },
  '--font-body': { slot: 'font_secondary', exact: false },
  '--font-sans': { slot: 'font_secondary', exact: false },
};

/** Follows `var(--x)` (and `var(--x, fallback)`) through the file's own declarations. */
function resolve(value: string, byName: Map<string, CssDeclaration>): string {
  let current = value;
  for (let depth = 0; depth < 10; depth++) {
    const ref = /^var\(\s*(--[\w-]+)\s*(?:,\s*([\s\S]+))?\)$/.exec(current.trim());
    if (!ref) return current;
    const target = byName.get(ref[1]!);
    if (target) current = target.value;
    else if (ref[2] !== undefined) current = ref[2];
    else return current;
  }
  return current;
}

function colorToken(name: string) {
  for (const prefix of COLOR_PREFIXES) {
    if (!name.startsWith(prefix)) continue;
    const found = tokenForName(name.slice(prefix.length));
    if (found) return found;
  }
  return null;
}

/**
 * CSS custom properties of any of the three CSS flavours: ours (`--brand-*`), Tailwind v4
 * (`--color-*`, `--font-*`) and shadcn/ui (bare names, HSL triplets or oklch). The first
 * definition of a name counts (`:root` comes before `.dark` in shadcn files).
 */
export function importCss(text: string, format: 'css' | 'tailwind' | 'shadcn'): ImportResult {
  const { declarations, issues } = readCssDeclarations(text);
  const byName = new Map<string, CssDeclaration>();
  const ignored: string[] = [];
  for (const d of declarations) {
    if (byName.has(d.name)) ignored.push(`${d.name} (line ${d.line}, defined again)`);
    else byName.set(d.name, d);
  }
  const candidates: Candidate[] = [];
  const fonts: Partial<Record<'font_primary' | 'font_secondary', { value: string; exact: boolean }>> = {};
  const colorIssues: ImportIssue[] = [];
  for (const d of byName.values()) {
    const font = Object.hasOwn(FONT_NAMES, d.name) ? FONT_NAMES[d.name]! : null;
    if (font) {
      const family = firstFamily(resolve(d.value, byName));
      const held = fonts[font.slot];
      if (family && (!held || (font.exact && !held.exact))) fonts[font.slot] = { value: family, exact: font.exact };
      continue;
    }
    const token = colorToken(d.name);
    if (!token) {
      ignored.push(d.name);
      continue;
    }
    const parsed = parseColor(resolve(d.value, byName));
    if (!parsed.ok) {
      colorIssues.push({ line: d.line, message: `${d.name} ${parsed.message}` });
      continue;
    }
    candidates.push({ ...token, value: parsed.hex, from: d.name, line: d.line });
  }
  const { tokens, unused } = pickTokens(candidates);
  const nameMatch = NAME_COMMENT.exec(text);
  return {
    format,
    name: nameMatch ? nameMatch[1]!.replaceAll('*\u200B/', '*/') : null,
    font_primary: fonts.font_primary?.value ?? null,
    font_secondary: fonts.font_secondary?.value ?? null,
    tokens,
    issues: [...issues, ...colorIssues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    ignored: [...ignored, ...unused.map((name) => `${name} (another name was used)`)],
  };
}
