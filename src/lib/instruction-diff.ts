import { parseInstruction, sectionItems, sectionText, type SectionKind, type Section } from './instruction-sections';

export interface DiffPart {
  type: 'same' | 'added' | 'removed';
  text: string;
}

const tokens = (text: string) => text.match(/\s+|[^\s]+/g) ?? [];

/**
 * A word-level diff (words and the whitespace between them are the tokens), by longest common
 * subsequence: 2,000 characters are a few hundred tokens, so the table stays small.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  const n = a.length;
  const m = b.length;
  // lcs[i][j]: the common length of a[i..] and b[j..], in one flat array.
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lcs[i * (m + 1) + j] =
        a[i] === b[j]
          ? lcs[(i + 1) * (m + 1) + j + 1]! + 1
          : Math.max(lcs[(i + 1) * (m + 1) + j]!, lcs[i * (m + 1) + j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  const push = (type: DiffPart['type'], text: string) => {
    const last = parts[parts.length - 1];
    if (last?.type === type) last.text += text;
    else parts.push({ type, text });
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      push('same', a[i]!);
      i += 1;
      j += 1;
    } else if (j < m && (i === n || lcs[i * (m + 1) + j + 1]! >= lcs[(i + 1) * (m + 1) + j]!)) {
      push('added', b[j]!);
      j += 1;
    } else {
      push('removed', a[i]!);
      i += 1;
    }
  }
  return parts;
}

/** Counts of words added and removed (whitespace does not count). */
export function diffCounts(parts: readonly DiffPart[]): { added: number; removed: number } {
  const words = (text: string) => tokens(text).filter((t) => /\S/.test(t)).length;
  let added = 0;
  let removed = 0;
  for (const part of parts) {
    if (part.type === 'added') added += words(part.text);
    if (part.type === 'removed') removed += words(part.text);
  }
  return { added, removed };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function firstOf(sections: Section[], kind: SectionKind): Section | undefined {
  return sections.find((s) => s.kind === kind);
}

/** Items of b not matched in a (a multiset difference). */
function missing(a: string[], b: string[]): number {
  const pool = [...a];
  let count = 0;
  for (const item of b) {
    const at = pool.indexOf(item);
    if (at >= 0) pool.splice(at, 1);
    else count += 1;
  }
  return count;
}

const TEXT_KINDS = [
  ['opening', 'Opening'],
  ['voice', 'Voice'],
  ['audience', 'Audience'],
  ['formatting', 'Formatting'],
  ['visual', 'Visual style'],
] as const;

/** One line that says what changed between two versions: "+2 Always rules, Voice changed". */
export function summarizeChange(before: string, after: string): string {
  if (before === after) return 'No change';
  if (before.trim() === '') return after.trim() === '' ? 'Spacing changed' : 'First version';
  if (after.trim() === '') return 'Instruction cleared';
  const a = parseInstruction(before);
  const b = parseInstruction(after);
  const out: string[] = [];
  for (const [kind, label] of TEXT_KINDS) {
    const was = firstOf(a, kind);
    const now = firstOf(b, kind);
    if (!was && now) out.push(`${label} added`);
    else if (was && !now) out.push(`${label} removed`);
    else if (was && now && sectionText(was).trim() !== sectionText(now).trim()) out.push(`${label} changed`);
  }
  for (const [kind, label] of [
    ['always', 'Always'],
    ['never', 'Never'],
  ] as const) {
    const was = a.filter((s) => s.kind === kind).flatMap((s) => sectionItems(s).items);
    const now = b.filter((s) => s.kind === kind).flatMap((s) => sectionItems(s).items);
    const added = missing(was, now);
    const removed = missing(now, was);
    const edited = Math.min(added, removed);
    if (added > edited) out.push(`+${plural(added - edited, `${label} rule`)}`);
    if (removed > edited) out.push(`−${plural(removed - edited, `${label} rule`)}`);
    if (edited) out.push(`${plural(edited, `${label} rule`)} edited`);
    if (!added && !removed && was.join('\n') !== now.join('\n')) out.push(`${label} rules reordered`);
  }
  const other = (sections: Section[]) =>
    sections
      .filter((s) => s.kind === 'other')
      .map((s) => s.body)
      .join('\n');
  if (other(a) !== other(b)) out.push('Other text changed');
  return out.length ? out.join(', ') : 'Spacing changed';
}
