import type { ImportIssue } from './import-result';

/** 1-based line of a character offset. */
export const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/**
 * JSON.parse with an issue naming the line instead of an exception. Engines word the error
 * differently: V8 gives `position N` (and newer ones `line L column C`), Firefox `line L column C`.
 */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; issue: ImportIssue } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const lineCol = /line (\d+) column (\d+)/.exec(message);
    const position = /position (\d+)/.exec(message);
    const line = lineCol ? Number(lineCol[1]) : position ? lineAt(text, Number(position[1])) : null;
    const reason = message.replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/, '').replace(/, ".*$/s, '');
    return { ok: false, issue: { line, message: `This is not valid JSON: ${reason}.` } };
  }
}

/**
 * The line of a key path in JSON text (`["color", "primary"]`): each key is looked for after the
 * previous one. Good enough to point at a line; it does not parse the text again.
 */
export function lineOfPath(text: string, path: readonly string[]): number | null {
  let from = 0;
  for (const key of path) {
    // A key, not an equal string value (`"$type": "color"` must not count as the `color` group).
    const pattern = new RegExp(`${JSON.stringify(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`, 'g');
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (!match) return null;
    from = match.index + 1;
  }
  return lineAt(text, from - 1);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
