/** A short curated list of tones for the Voice chips; free words sit beside them. */
export const VOICE_TONES = [
  'warm',
  'friendly',
  'playful',
  'confident',
  'calm',
  'precise',
  'plain-spoken',
  'witty',
  'reassuring',
  'formal',
] as const;

interface Terms {
  terms: string[];
  /** The full stop the text ended with, kept when the list is rewritten. */
  end: string;
}

function split(text: string): Terms {
  const trimmed = text.trim();
  const end = /[.!]$/.test(trimmed) ? trimmed.slice(-1) : '';
  const body = end ? trimmed.slice(0, -1) : trimmed;
  const terms = body
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((t) => t.trim())
    .filter(Boolean);
  return { terms, end };
}

function join({ terms, end }: Terms): string {
  if (terms.length === 0) return '';
  const list = terms.length === 1 ? terms[0]! : `${terms.slice(0, -1).join(', ')} and ${terms[terms.length - 1]!}`;
  return list + end;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Whether the voice text names this tone as one of its terms ("warm, curious and calm"). */
export function hasTone(text: string, tone: string): boolean {
  return split(text).terms.some((t) => same(t, tone));
}

/** Adds the tone as the last term, or removes it; the rest of the words are kept in order. */
export function toggleTone(text: string, tone: string): string {
  const parsed = split(text);
  const terms = hasTone(text, tone) ? parsed.terms.filter((t) => !same(t, tone)) : [...parsed.terms, tone];
  return join({ terms, end: parsed.end });
}
