import { useEffect } from 'react';

/** Whether a key event asks for undo or redo: Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z, and Ctrl+Y (Windows habit). */
export function undoKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/**
 * The editor's undo and redo on the keyboard, anywhere on the page, the text fields included:
 * every field is part of the editor's history, so the browser's own per-field undo would
 * disagree with the buttons. Not while a dialog is open (it has its own fields and meaning).
 */
export function useUndoKeys(undo: () => void, redo: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = undoKey(event);
      if (!action || event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest('dialog[open]')) return;
      event.preventDefault();
      if (action === 'undo') undo();
      else redo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);
}
