/** The pieces the instruction checker's parts share: a finding, word search, claimed ranges. */

export type FindingKind = 'font' | 'theme' | 'color' | 'asset';

export interface Finding {
  kind: FindingKind;
  /** The range in the text, `text.slice(start, end) === found`. */
  start: number;
  end: number;
  found: string;
  /** What the kit says instead, or null when the kit has nothing to offer (no theme, no linked asset). */
  replacement: string | null;
  message: string;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** Every whole-word occurrence of `word` (not inside a longer word), case-sensitive unless asked. */
export function findWord(text: string, word: string, ignoreCase = false): { start: number; end: number }[] {
  if (word.trim() === '') return [];
  const hay = ignoreCase ? text.toLowerCase() : text;
  const needle = ignoreCase ? word.toLowerCase() : word;
  const hits: { start: number; end: number }[] = [];
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (WORD_CHAR.test(text.charAt(at - 1)) || WORD_CHAR.test(text.charAt(end))) continue;
    hits.push({ start: at, end });
  }
  return hits;
}

/** Ranges already accounted for: a range overlapping one is not taken (and not reported). */
export class Claims {
  private readonly ranges: { start: number; end: number }[] = [];

  take(start: number, end: number): boolean {
    if (this.ranges.some((r) => start < r.end && r.start < end)) return false;
    this.ranges.push({ start, end });
    return true;
  }
}
