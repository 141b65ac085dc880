/**
 * What an AI instruction is checked against (instruction-check.ts), and the one "Visual style"
 * line that sums the kit up. Shapes are structural (a Brand's theme and assets fit), so this
 * module pulls no contract or zod into whichever chunk uses it.
 */

export interface KitTheme {
  name: string;
  font_primary: string | null;
  font_secondary: string | null;
  /** Token → colour, as the API sends it (`#RRGGBB`, validated again here). */
  colors: Readonly<Record<string, string>>;
}

export interface KitAsset {
  name: string;
  slug?: string;
  format?: string;
}

export interface InstructionKit {
  /** The brand's own name: never flagged as a palette name. */
  brandName?: string;
  /** The brand's theme; null when it has none (then nothing about it can be replaced). */
  theme: KitTheme | null;
  /** The assets linked to the brand. */
  assets: readonly KitAsset[];
  /** Other themes known to the page (names and fonts the checker then recognises in the text). */
  otherThemes?: readonly Pick<KitTheme, 'name' | 'font_primary' | 'font_secondary'>[];
  /** Other assets known to the page (names it then recognises as assets not linked). */
  otherAssets?: readonly KitAsset[];
}

export const VISUAL_STYLE_PREFIX = 'Visual style:';
const VISUAL_STYLE_LINE = /^[ \t]*Visual style:.*$/gim;

/**
 * The kit in one line, in the words the seeded instructions use:
 * "Visual style: Space Grotesk for headings, Inter for body text; keep the Studio Noir palette for buttons and links."
 */
export function kitSummaryLine(kit: Pick<InstructionKit, 'theme'>): string {
  const theme = kit.theme;
  if (!theme) return `${VISUAL_STYLE_PREFIX} no theme is set for this brand.`;
  const fonts = [
    theme.font_primary ? `${theme.font_primary} for headings` : null,
    theme.font_secondary ? `${theme.font_secondary} for body text` : null,
  ].filter((part): part is string => part !== null);
  const palette = `keep the ${theme.name} palette for buttons and links.`;
  return `${VISUAL_STYLE_PREFIX} ${fonts.length > 0 ? `${fonts.join(', ')}; ${palette}` : palette}`;
}

/** The first "Visual style" line's range, or null when there is none. */
export function visualStyleLineRange(text: string): { start: number; end: number } | null {
  VISUAL_STYLE_LINE.lastIndex = 0;
  const match = VISUAL_STYLE_LINE.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/** True when the text has a "Visual style" line that no longer says what the kit does. */
export function visualStyleLineIsStale(text: string, kit: Pick<InstructionKit, 'theme'>): boolean {
  const range = visualStyleLineRange(text);
  return range !== null && text.slice(range.start, range.end).trim() !== kitSummaryLine(kit);
}

/**
 * Writes the kit summary as the text's one "Visual style" line: the first such line is replaced
 * in place, any further ones are removed, and with none the line is appended after a line break.
 */
export function upsertVisualStyleLine(text: string, kit: Pick<InstructionKit, 'theme'>): string {
  const line = kitSummaryLine(kit);
  const lines = text.split('\n');
  const at = lines.flatMap((l, i) => (/^[ \t]*Visual style:/i.test(l) ? [i] : []));
  if (at.length === 0) {
    const body = text.replace(/\s+$/, '');
    return body === '' ? line : `${body}\n${line}`;
  }
  const first = at[0]!;
  lines[first] = lines[first]!.endsWith('\r') ? `${line}\r` : line;
  return lines.filter((_, i) => i === first || !at.includes(i)).join('\n');
}
