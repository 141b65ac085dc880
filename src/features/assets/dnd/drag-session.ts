import { createContext } from 'react';
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
 * Set at drag start and cleared at the drop, never on pointer moves, so the rail and the grid
 * re-render twice per drag rather than every frame.
 */
export const DragSessionContext = createContext<DragSession | null>(null);
