import { summarizeChange } from './instruction-diff';

/** One saved version of a brand's AI instruction, kept in this browser. */
export interface InstructionVersion {
  text: string;
  /** ISO time of the save. */
  savedAt: string;
  /** "+2 Always rules, Voice changed", against the version before it. */
  summary: string;
}

export const HISTORY_LIMIT = 30;

/**
 * The versions list after a save of `text` that replaced `before`, newest first, at most 30.
 * When the list is empty and the save replaced text, that text goes in first ("As found"), so
 * the first save here can be undone from history too. Saving the newest text again adds nothing.
 */
export function addVersion(
  versions: readonly InstructionVersion[],
  save: { text: string; before: string; savedAt: string; beforeAt?: string },
): InstructionVersion[] {
  const list = [...versions];
  if (list.length === 0 && save.before.trim() !== '' && save.before !== save.text) {
    list.push({
      text: save.before,
      savedAt: save.beforeAt ?? save.savedAt,
      summary: 'As found before your first save here',
    });
  }
  const previous = list[0]?.text ?? save.before;
  if (list[0]?.text === save.text) return list;
  return [{ text: save.text, savedAt: save.savedAt, summary: summarizeChange(previous, save.text) }, ...list].slice(
    0,
    HISTORY_LIMIT,
  );
}

const PREFIX = 'brandkit:instruction-history:';

/** Per user and brand: one person's history never shows up for another on a shared browser. */
export const historyKey = (owner: string, brandId: string) => `${PREFIX}${owner}:${brandId}`;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const isVersion = (v: unknown): v is InstructionVersion =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as InstructionVersion).text === 'string' &&
  typeof (v as InstructionVersion).savedAt === 'string' &&
  typeof (v as InstructionVersion).summary === 'string';

/** The stored versions; anything unreadable counts as none. */
export function readHistory(key: string): InstructionVersion[] {
  try {
    const parsed = JSON.parse(storage()?.getItem(key) ?? '[]') as unknown;
    return Array.isArray(parsed) ? parsed.filter(isVersion).slice(0, HISTORY_LIMIT) : [];
  } catch {
    return [];
  }
}

export function writeHistory(key: string, versions: readonly InstructionVersion[]): void {
  try {
    storage()?.setItem(key, JSON.stringify(versions));
  } catch {
    // Storage full or off: the history lives as long as the page.
  }
}
