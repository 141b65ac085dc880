import { createContext, use, useSyncExternalStore } from 'react';
import type { Asset } from '@contract';

/** The drag in progress: the picked card, every asset it carries (cached ones), and its label. */
export interface DragSession {
  activeId: string;
  ids: readonly string[];
  /** Per id, the cached asset, or undefined when it is not loaded (a selection beyond the pages). */
  assets: ReadonlyArray<Asset | undefined>;
  label: string;
}

/**
 * Set at drag start and cleared when dnd-kit ends the drag, never on pointer moves, so the grid
 * re-renders twice per drag rather than every frame.
 */
export const DragSessionContext = createContext<DragSession | null>(null);

export interface TargetSession {
  get: () => DragSession | null;
  set: (session: DragSession | null) => void;
  subscribe: (listener: () => void) => () => void;
}

/**
 * The drag as the drop targets show it, cleared at the drop itself so they go quiet in the frame
 * that shows the card moved. A store, not a context value: clearing it renders the targets that
 * read it, and React does not walk the whole grid looking for readers in the drop's task.
 */
export function createTargetSession(): TargetSession {
  let session: DragSession | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => session,
    set: (next) => {
      if (next === session) return;
      session = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const TargetSessionContext = createContext<TargetSession>(createTargetSession());

/** The drag a drop target shows: null outside a drag and from the drop on. */
export function useTargetSession(): DragSession | null {
  const store = use(TargetSessionContext);
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
