import { useEffect } from 'react';

interface Shortcuts {
  onSelectAll: () => void;
  onClear: () => void;
}

/** Typing keeps its own meaning: in fields, menus and dialogs these keys do what they always do. */
function isOwnedElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return Boolean(
    target.closest('input, textarea, select, [contenteditable="true"], dialog, [role="menu"], [role="dialog"]'),
  );
}

/** Ctrl/Cmd+A selects every loaded asset; Escape clears the selection. */
export function useLibraryShortcuts({ onSelectAll, onClear }: Shortcuts): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isOwnedElsewhere(event.target)) return;
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'a') {
        event.preventDefault();
        onSelectAll();
      } else if (event.key === 'Escape') {
        onClear();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onSelectAll, onClear]);
}
