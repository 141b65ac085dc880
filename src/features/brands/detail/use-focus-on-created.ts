import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';

/**
 * A brand just made on the create page arrives with `state: { created: true }`: its page opens at
 * the title, with focus there (so a screen reader starts at the new brand's name). Once per visit.
 */
export function useFocusOnCreated(target: RefObject<HTMLElement | null>): void {
  const state: unknown = useLocation().state;
  const created = typeof state === 'object' && state !== null && (state as { created?: unknown }).created === true;
  const done = useRef(false);
  useEffect(() => {
    const element = target.current;
    if (!created || done.current || !element) return;
    done.current = true;
    element.focus({ preventScroll: true });
    // jsdom has no scrollIntoView.
    if (typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'start' });
  }, [created, target]);
}
