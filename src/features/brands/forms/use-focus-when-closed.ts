import { useEffect, useRef, type RefObject } from 'react';

/**
 * When an inline editor closes (saved, cancelled, Escape), the element that had focus goes with
 * it and focus would fall to <body>: put it on `target` instead (the button that opens the editor
 * again). Focus the user moved somewhere else on purpose is left alone.
 */
export function useFocusWhenClosed(open: boolean, target: RefObject<HTMLElement | null>): void {
  const wasOpen = useRef(open);
  useEffect(() => {
    const closed = wasOpen.current && !open;
    wasOpen.current = open;
    if (!closed) return;
    const active = document.activeElement;
    if (!active || active === document.body) target.current?.focus();
  }, [open, target]);
}
