/**
 * Undo/redo over whole snapshots: every edit replaces the present and remembers the previous one.
 * Snapshots are small (a theme draft), so storing them beats replaying edits. Edits that carry the
 * same `group` in a row (one drag of a colour picker, one typed hex) merge into one step, so Undo
 * goes back to before the gesture, not one pixel of it.
 */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** The group of the last edit, while more edits of the same gesture may follow. */
  group: string | null;
}

/** Beyond this many steps the oldest are dropped: a long session must not grow without bound. */
export const HISTORY_LIMIT = 200;

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], group: null };
}

/** Records `next` as a new step, or folds it into the last one when `group` continues it. */
export function pushHistory<T>(history: History<T>, next: T, group: string | null = null): History<T> {
  if (Object.is(next, history.present)) return history;
  if (group !== null && group === history.group && history.past.length > 0) {
    return { ...history, present: next, future: [] };
  }
  const past = [...history.past, history.present].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [], group };
}

/** Ends the current gesture: the next edit starts a new step even with the same group. */
export function sealHistory<T>(history: History<T>): History<T> {
  return history.group === null ? history : { ...history, group: null };
}

export function undoHistory<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], group: null };
}

export function redoHistory<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest, group: null };
}

export const canUndo = (history: History<unknown>) => history.past.length > 0;
export const canRedo = (history: History<unknown>) => history.future.length > 0;
