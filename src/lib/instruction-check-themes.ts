import type { InstructionKit } from './instruction-kit';
import { Claims, findWord, type Finding } from './instruction-text';

/** Capitalised words before "palette" or "theme": "the Studio Noir palette". */
const NAMED_PALETTE = /\bthe[ \t]+([A-Z0-9][\w'&]*(?:[ \t]+[A-Z0-9][\w'&]*)*)[ \t]+(?:palette|theme)\b/g;
/** Words that name no theme ("the Brand palette", "the Default theme"). */
const GENERIC = new Set(['brand', 'brand’s', "brand's", 'default', 'same', 'colour', 'color', 'main', 'current', 'app']);
const FOLLOWED_BY_PALETTE = /^[ \t]+(?:palette|theme|colou?rs|style)\b/i;

/** Theme or palette names in the text that are not the brand's theme. */
export function findThemeMentions(text: string, kit: InstructionKit, claims: Claims): Finding[] {
  const own = kit.theme?.name;
  for (const name of [own, kit.brandName]) {
    if (name) for (const hit of findWord(text, name, true)) claims.take(hit.start, hit.end);
  }
  const findings: Finding[] = [];
  const flag = (start: number, end: number) => {
    if (!claims.take(start, end)) return;
    const found = text.slice(start, end);
    findings.push({
      kind: 'theme',
      start,
      end,
      found,
      replacement: own ?? null,
      message: own ? `${found} is not this brand's theme; it uses ${own}.` : `${found} is named, but the brand has no theme.`,
    });
  };
  // Themes the page knows by name: a name of two words or more is distinctive enough on its own;
  // a one-word name ("Forest") only counts when it is called a palette or theme.
  const known = (kit.otherThemes ?? []).map((t) => t.name).filter((n) => n !== own);
  for (const name of known.sort((a, b) => b.length - a.length)) {
    for (const hit of findWord(text, name)) {
      if (/\s/.test(name.trim()) || FOLLOWED_BY_PALETTE.test(text.slice(hit.end))) flag(hit.start, hit.end);
    }
  }
  for (const match of text.matchAll(NAMED_PALETTE)) {
    const name = match[1]!;
    if (GENERIC.has(name.toLowerCase())) continue;
    const start = match.index + match[0].indexOf(name, 3);
    flag(start, start + name.length);
  }
  return findings;
}
