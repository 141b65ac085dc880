/**
 * The AI instruction as sections, the shape the seeded instructions use: an opening, then
 * "Voice:", "Audience:", "Always:" / "Never:" lists, "Formatting:", "Visual style:". Anything else
 * is "other" text. Parsing only cuts the text into contiguous slices (`body` + `gap` of every
 * section, in order, is the original byte for byte), so switching between the guided editor and
 * the plain text never changes a character; an edit rewrites only the section it touches.
 */
export type SectionKind = 'opening' | 'voice' | 'audience' | 'always' | 'never' | 'formatting' | 'visual' | 'other';
type TextKind = 'voice' | 'audience' | 'formatting' | 'visual';
type ListKind = 'always' | 'never';

/** The guided editor's order, which is also where a missing section is inserted. */
const SECTION_ORDER = ['opening', 'voice', 'audience', 'always', 'never', 'formatting', 'visual'] as const;
export type GuidedKind = (typeof SECTION_ORDER)[number];

export interface Section {
  kind: SectionKind;
  /** The section's text without its trailing whitespace. */
  body: string;
  /** The whitespace after it (line ends, blank lines) up to the next section or the end. */
  gap: string;
}

const KIND_BY_NAME: Record<string, SectionKind> = {
  voice: 'voice',
  audience: 'audience',
  always: 'always',
  never: 'never',
  formatting: 'formatting',
  'visual style': 'visual',
};

// "Voice:", "**Voice:**", "**Voice**:", "## Voice:" at the start of a line, any letter case.
const KNOWN =
  /^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*)?(voice|audience|always|never|formatting|visual style)(?:\*\*)?[ \t]*:(?:\*\*)?/i;
// A heading we do not know: a short label alone on its line ("Examples:"), or a Markdown heading.
const UNKNOWN = /^[ \t]*(?:#{1,6}[ \t]+\S.*|(?:\*\*)?[A-Za-z][A-Za-z0-9 '&/()-]{0,30}:(?:\*\*)?[ \t]*)$/;
const BULLET = /^([ \t]*)([-*•]|\d{1,3}[.)])(?:[ \t]+(.*))?$/;
const BLANK = /^[ \t]*$/;

const isList = (kind: SectionKind): kind is ListKind => kind === 'always' || kind === 'never';
const isTextKind = (kind: SectionKind): kind is TextKind =>
  kind === 'voice' || kind === 'audience' || kind === 'formatting' || kind === 'visual';

interface Line {
  content: string;
  end: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /([^\r\n]*)(\r\n|\n|\r|$)/g;
  let at = 0;
  while (at < text.length) {
    re.lastIndex = at;
    const m = re.exec(text)!;
    lines.push({ content: m[1]!, end: m[2]! });
    at += m[0].length;
  }
  return lines;
}

function headingKind(content: string): SectionKind | null {
  const known = KNOWN.exec(content);
  if (known) return KIND_BY_NAME[known[1]!.toLowerCase()]!;
  return UNKNOWN.test(content) ? 'other' : null;
}

/** The text's line end: Windows line ends if it has any, else "\n". */
function lineEnd(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function toSection(kind: SectionKind, lines: Line[]): Section {
  const raw = lines.map((l) => l.content + l.end).join('');
  const body = raw.trimEnd();
  return { kind, body, gap: raw.slice(body.length) };
}

export function parseInstruction(text: string): Section[] {
  const sections: Section[] = [];
  let kind: SectionKind = 'opening';
  let lines: Line[] = [];
  // A text section ends at a blank line once it has content.
  let hasContent = false;
  let sawBlank = false;
  const start = (next: SectionKind, line: Line, content: boolean) => {
    if (lines.length) sections.push(toSection(kind, lines));
    kind = next;
    lines = [line];
    hasContent = content;
    sawBlank = false;
  };
  for (const line of splitLines(text)) {
    const heading = headingKind(line.content);
    const blank = BLANK.test(line.content);
    if (heading) {
      const inline = heading === 'other' ? '' : line.content.replace(KNOWN, '');
      start(heading, line, !BLANK.test(inline));
    } else if (isList(kind) && !blank && !BULLET.test(line.content)) {
      start('other', line, true);
    } else if (isTextKind(kind) && !blank && sawBlank && hasContent) {
      start('other', line, true);
    } else {
      lines.push(line);
      if (!blank) hasContent = true;
      else if (hasContent) sawBlank = true;
    }
  }
  if (lines.length) sections.push(toSection(kind, lines));
  return sections;
}

export function printInstruction(sections: readonly Section[]): string {
  return sections.map((s) => s.body + s.gap).join('');
}

/** The heading part of a known section: "Voice: " or "Formatting:\n" (with the spaces after it). */
function headOf(body: string): string {
  const label = KNOWN.exec(body)?.[0] ?? '';
  const rest = body.slice(label.length);
  const spaces = /^[ \t]*(?:(?:\r\n|\n|\r)(?=\S|[ \t]*\S))?/.exec(rest)?.[0] ?? '';
  return label + spaces;
}

/** What a text section says after its heading; the whole text of an opening or other section. */
export function sectionText(section: Section): string {
  if (isTextKind(section.kind)) return section.body.slice(headOf(section.body).length);
  return section.body;
}

interface ParsedList {
  /** The heading as written, e.g. "Always:" or "**Never:**". */
  label: string;
  items: string[];
}

export function sectionItems(section: Section): ParsedList {
  const label = KNOWN.exec(section.body)?.[0] ?? '';
  const lines = splitLines(section.body.slice(label.length));
  const items: string[] = [];
  lines.forEach((line, index) => {
    const bullet = BULLET.exec(line.content);
    if (index === 0 && !bullet) {
      if (!BLANK.test(line.content)) items.push(line.content.trim());
    } else if (bullet) items.push((bullet[3] ?? '').trim());
  });
  return { label, items };
}

function printList(section: Section, items: readonly string[], eol: string): string {
  const label = KNOWN.exec(section.body)?.[0] ?? '';
  const first = splitLines(section.body.slice(label.length))
    .map((l) => BULLET.exec(l.content))
    .find(Boolean);
  const indent = first?.[1] ?? '';
  const marker = first?.[2] ?? '-';
  const numbered = /\d/.test(marker);
  const bullet = (i: number) => (numbered ? `${i + 1}${marker.slice(-1)}` : marker);
  const kept = items.map((t) => t.trim());
  return [label, ...kept.map((t, i) => `${indent}${bullet(i)} ${t}`)].join(eol);
}

const HEADING: Record<Exclude<SectionKind, 'opening' | 'other'>, string> = {
  voice: 'Voice:',
  audience: 'Audience:',
  always: 'Always:',
  never: 'Never:',
  formatting: 'Formatting:',
  visual: 'Visual style:',
};

/** A section's new body for a new value. Trailing whitespace is not written: it would only become gap. */
function bodyFor(section: Section, value: string | readonly string[], eol: string): string {
  if (typeof value !== 'string') return printList(section, value, eol);
  // A textarea reports "\n" whatever the text uses: the edited section keeps the text's line ends.
  const text = value.trimEnd().replace(/\r\n?|\n/g, eol);
  if (!isTextKind(section.kind)) return text;
  const head = headOf(section.body);
  return head + (text && !/\s$/.test(head) ? ' ' : '') + text;
}

/** Rewrites the section at `index` (its gap stays); the rest of the text is untouched. */
export function replaceSection(text: string, index: number, value: string | readonly string[]): string {
  const sections = parseInstruction(text);
  const section = sections[index];
  if (!section) return text;
  const body = bodyFor(section, value, lineEnd(text));
  if (section.kind === 'opening' && body === '') {
    // An emptied opening takes its blank lines with it, so the text does not start with them.
    return printInstruction(sections.filter((_, i) => i !== index));
  }
  return printInstruction(sections.map((s, i) => (i === index ? { ...s, body } : s)));
}

const ONE_LINE: ReadonlySet<SectionKind> = new Set(['voice', 'audience', 'formatting', 'visual']);

/**
 * Sets the first section of a kind, or adds it where the guided order puts it: after the last
 * earlier section, else at the start. Only whitespace around the new section is added.
 */
export function setSection(text: string, kind: GuidedKind, value: string | readonly string[]): string {
  const sections = parseInstruction(text);
  const index = sections.findIndex((s) => s.kind === kind);
  if (index >= 0) return replaceSection(text, index, value);
  const empty = typeof value === 'string' ? value.trim() === '' : value.length === 0;
  if (empty) return text;
  const eol = lineEnd(text);
  const fresh: Section = { kind, body: kind === 'opening' ? '' : HEADING[kind], gap: '' };
  fresh.body = bodyFor(fresh, value, eol);
  const rank = (k: SectionKind) => SECTION_ORDER.indexOf(k as GuidedKind);
  let after = -1;
  sections.forEach((s, i) => {
    if (s.kind !== 'other' && rank(s.kind) < rank(kind)) after = i;
  });
  const sep = (a: SectionKind, b: SectionKind) => (ONE_LINE.has(a) && ONE_LINE.has(b) ? eol : eol + eol);
  const next = [...sections];
  if (after < 0) {
    if (sections.length) fresh.gap = sep(kind, sections[0]!.kind);
    next.unshift(fresh);
  } else {
    // The new section takes over the separator that followed its predecessor.
    const before = next[after]!;
    fresh.gap = before.gap;
    next[after] = { ...before, gap: sep(before.kind, kind) };
    next.splice(after + 1, 0, fresh);
  }
  return printInstruction(next);
}
