import { useEffect, useRef } from 'react';

interface LoadMoreSentinelProps {
  /** Called when the sentinel comes within `rootMargin` of the viewport. */
  onVisible: () => void;
  /** While true nothing is requested (no next page, or it is already loading). */
  disabled: boolean;
  /** How far ahead of the end to ask for more, so the next page is usually there before the user. */
  rootMargin?: string;
}

/**
 * An invisible marker after a list: infinite scroll without scroll listeners. Pair it with a
 * visible "Load more" button; the sentinel only saves the click.
 */
export function LoadMoreSentinel({ onVisible, disabled, rootMargin = '800px 0px' }: LoadMoreSentinelProps) {
  const ref = useRef<HTMLDivElement>(null);
  // The latest callback without re-creating the observer on every render.
  const callback = useRef(onVisible);
  useEffect(() => {
    callback.current = onVisible;
  });

  useEffect(() => {
    const element = ref.current;
    if (!element || disabled || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) callback.current();
      },
      { rootMargin },
    );
    observer.observe(element);
    // Re-created whenever `disabled` flips back, so a sentinel still on screen after a page
    // arrives asks again (a short page may not fill the viewport).
    return () => observer.disconnect();
  }, [disabled, rootMargin]);

  return <div ref={ref} aria-hidden="true" className="h-px w-full" />;
}
