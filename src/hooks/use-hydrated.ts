import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * False while the server renders and while the browser hydrates what it rendered, true after
 * (and from the first render of a page rendered in the browser). For parts the server leaves
 * out, so hydration finds exactly the server's markup.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
