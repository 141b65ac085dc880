import { BUNDLED_FONTS } from './fonts-catalog';
import { findAssetMentions } from './instruction-check-assets';
import { findThemeMentions } from './instruction-check-themes';
import type { InstructionKit, KitTheme } from './instruction-kit';
import { Claims, findWord, type Finding } from './instruction-text';

export { kitSummaryLine, upsertVisualStyleLine, visualStyleLineIsStale, type InstructionKit } from './instruction-kit';
export type { Finding, FindingKind } from './instruction-text';

/**
 * Checks an AI instruction against the brand's kit: fonts named that are not the theme's, a
 * theme or palette name that is not the brand's, hex colours not among the theme's tokens, and
 * assets named that are not linked. Pure. Each finding holds its range in the text and the kit's
 * value to put there (null when the kit has none). Words that are the kit's own are claimed first,
 * so "Nunito Sans" in the kit never reports its "Nunito", and nothing is reported twice.
 */
export function checkInstruction(text: string, kit: InstructionKit): Finding[] {
  const claims = new Claims();
  const findings: Finding[] = [];
  findings.push(...findFonts(text, kit, claims));
  findings.push(...findThemeMentions(text, kit, claims));
  findings.push(...findColors(text, kit.theme, claims));
  findings.push(...findAssetMentions(text, kit, claims));
  return findings.sort((a, b) => a.start - b.start);
}

/** The text with one finding's replacement put in its place. */
export function applyFinding(text: string, finding: Finding): string {
  if (finding.replacement === null) return text;
  return text.slice(0, finding.start) + finding.replacement + text.slice(finding.end);
}

/** Widely known families besides the bundled ones, so naming them is noticed too. */
const OTHER_FONTS = ['Arial', 'Helvetica', 'Helvetica Neue', 'Georgia', 'Times New Roman', 'Verdana', 'Garamond', 'Futura', 'Comic Sans', 'Courier New', 'Gill Sans', 'Proxima Nova', 'Source Sans Pro'];

const VISUAL_STYLE_FONTS = /^[ \t]*Visual style:[ \t]*([^,;\n]+?)[ \t]+for headings(?:,[ \t]*([^,;\n]+?)[ \t]+for body text)?/dgim;

function findFonts(text: string, kit: InstructionKit, claims: Claims): Finding[] {
  const theme = kit.theme;
  const own = [theme?.font_primary, theme?.font_secondary].filter((f): f is string => !!f);
  const fonts = own.length > 0 ? ` (${own.join(', ')})` : '';
  const findings: Finding[] = [];
  const flag = (start: number, end: number, replacement: string | null) => {
    if (!claims.take(start, end)) return;
    const font = text.slice(start, end);
    findings.push({
      kind: 'font',
      start,
      end,
      found: font,
      replacement,
      message: theme ? `${font} is not the ${theme.name} theme's font here${fonts}.` : `${font} is named, but the brand has no theme.`,
    });
  };
  // The "Visual style" line says which font is for what: any font there is checked, known or not.
  for (const match of text.matchAll(VISUAL_STYLE_FONTS)) {
    const roles = [
      [1, theme?.font_primary],
      [2, theme?.font_secondary],
    ] as const;
    for (const [group, expected] of roles) {
      const range = match.indices?.[group];
      if (range && match[group] !== expected) flag(range[0], range[1], theme ? (expected ?? null) : null);
    }
  }
  for (const font of own) for (const hit of findWord(text, font)) claims.take(hit.start, hit.end);
  const known = new Set([...Object.keys(BUNDLED_FONTS), ...OTHER_FONTS]);
  for (const other of kit.otherThemes ?? []) for (const f of [other.font_primary, other.font_secondary]) if (f) known.add(f);
  for (const f of own) known.delete(f);
  // Longest first: "Roboto Mono" is one font, not "Roboto" and a stray word.
  for (const font of [...known].sort((a, b) => b.length - a.length)) {
    for (const hit of findWord(text, font)) flag(hit.start, hit.end, fontFor(text.slice(hit.end, hit.end + 40), theme));
  }
  return findings;
}

/** The theme's heading or body font, whichever the words after the mention speak of. */
function fontFor(after: string, theme: KitTheme | null): string | null {
  if (!theme) return null;
  const clause = after.split(/[;.\n]/)[0] ?? '';
  const body = /\b(body|text|paragraph|copy)\b/i.test(clause) && !/\b(heading|headline|title|display)/i.test(clause);
  return (body ? theme.font_secondary : theme.font_primary) ?? theme.font_primary ?? theme.font_secondary;
}

const HEX = /(?<![\w&#])#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})(?![\w])/g;

function findColors(text: string, theme: KitTheme | null, claims: Claims): Finding[] {
  const palette = Object.entries(theme?.colors ?? {}).flatMap(([token, value]) => {
    const rgb = toRgb(value);
    return rgb ? [{ token, hex: value.toUpperCase(), rgb }] : [];
  });
  const findings: Finding[] = [];
  for (const match of text.matchAll(HEX)) {
    const start = match.index;
    const end = start + match[0].length;
    const rgb = toRgb(match[0]);
    if (!rgb || palette.some((c) => c.rgb.every((v, i) => v === rgb[i]))) continue;
    if (!claims.take(start, end)) continue;
    const nearest = palette.reduce<(typeof palette)[number] | null>(
      (best, c) => (best === null || distance(c.rgb, rgb) < distance(best.rgb, rgb) ? c : best),
      null,
    );
    findings.push({
      kind: 'color',
      start,
      end,
      found: match[0],
      replacement: nearest?.hex ?? null,
      message: nearest
        ? `${match[0]} is not a colour of the ${theme!.name} theme; the closest is ${nearest.token.replaceAll('_', ' ')} ${nearest.hex}.`
        : `${match[0]} is named, but the brand has no theme.`,
    });
  }
  return findings;
}

function toRgb(value: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value);
  if (!m) return null;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** Squared distance, weighted for the eye's sensitivity (a cheap stand-in for ΔE, good enough to pick the nearest token). */
function distance(a: readonly number[], b: readonly number[]): number {
  const [dr, dg, db] = [a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!];
  return 2 * dr * dr + 4 * dg * dg + 3 * db * db;
}
