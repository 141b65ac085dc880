import { useSyncExternalStore } from 'react';

/** Below Tailwind's `sm` breakpoint: phones, where the bulk bar folds into one row. */
const QUERY = '(max-width: 639.98px)';

const subscribe = (onChange: () => void) => {
  if (typeof window === 'undefined' || !window.matchMedia) return () => undefined;
  const list = window.matchMedia(QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
};
const read = () => (typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(QUERY).matches : false);

export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, read, () => false);
}
