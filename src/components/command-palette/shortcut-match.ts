/**
 * The app's single-key shortcuts, as a pure function of one key event and the pending `g` of a
 * sequence, so the shell's listener stays a few lines (it is on the landing page's first load).
 */
export type ShortcutCommand = 'palette' | 'help' | 'go-brands' | 'go-assets' | 'go-themes' | 'filter' | 'create';

export interface ShortcutKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  repeat?: boolean;
  defaultPrevented: boolean;
  target: EventTarget | null;
  /** ms, as Event.timeStamp: how long the `g` of a sequence waits for its second key. */
  timeStamp: number;
}

/** Time the second key of `g b` may take; a later key starts over. */
export const SEQUENCE_MS = 1500;

// Typing keeps its meaning in fields, and open dialogs and menus own their keys.
const OWNED =
  'input,textarea,select,[contenteditable]:not([contenteditable="false"]),dialog,[role="dialog"],[role="alertdialog"],[role="menu"],[role="listbox"]';

const GO: Record<string, ShortcutCommand> = { b: 'go-brands', a: 'go-assets', t: 'go-themes' };
const SINGLE: Record<string, ShortcutCommand> = { '?': 'help', '/': 'filter', n: 'create' };

/**
 * What one key does, and when a `g` now waits for its second key (else null). Ctrl/Cmd+K opens
 * the palette anywhere, fields included; every other shortcut ignores keys typed into fields and
 * keys with Ctrl, Cmd or Alt held, so browser and system shortcuts stay as they are.
 */
export function matchShortcut(
  event: ShortcutKey,
  gPressedAt: number | null,
): { command: ShortcutCommand | null; gPressedAt: number | null } {
  const none = { command: null, gPressedAt: null };
  if (event.defaultPrevented || event.repeat) return none;
  if (event.ctrlKey || event.metaKey || event.altKey) {
    const palette = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
    return { command: palette ? 'palette' : null, gPressedAt: null };
  }
  if (event.target instanceof Element && event.target.closest(OWNED)) return none;
  if (gPressedAt !== null && event.timeStamp - gPressedAt <= SEQUENCE_MS && GO[event.key])
    return { command: GO[event.key]!, gPressedAt: null };
  if (event.key === 'g') return { command: null, gPressedAt: event.timeStamp };
  return { command: SINGLE[event.key] ?? null, gPressedAt: null };
}
