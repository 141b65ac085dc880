import type { DragEndEvent } from '@dnd-kit/core';
import { useLayoutEffect, useState } from 'react';
import { nextTask } from '@/lib/next-task';

/**
 * For DndContext's `cancelDrop`, the one hook dnd-kit calls at the drop before its own end:
 * `drop` runs at once (the overlay goes, the optimistic write shows the card in its new place),
 * and dnd-kit's own end (its state reset, a render pass to re-measure, the announcement, then
 * `onDragEnd`) waits for the next task. Both in one task made the drop's task long (B4 (b));
 * the frame after the drop shows the result either way. Never cancels.
 */
export function dropFirst(drop: (event: DragEndEvent) => void): (event: DragEndEvent) => Promise<boolean> {
  return (event) => {
    drop(event);
    return nextTask().then(() => false);
  };
}

/**
 * dropFirst for a drag-and-drop area: `dropped` is true from the drop until dnd-kit's end
 * (`endDrop`, from onDragEnd), while the overlay stays mounted but hidden (taking it away while
 * dnd-kit still drags makes dnd-kit measure and collide again in the drop's task). `cancelDrop`
 * and `endDrop` keep their identity, and the drop made is the latest render's `drop`, so
 * DndContext's props stay the same from render to render.
 */
export function useDropFirst(drop: (event: DragEndEvent) => void) {
  const [dropped, setDropped] = useState(false);
  const [stable] = useState(() => {
    let latest = drop;
    return {
      set: (next: typeof drop) => (latest = next),
      cancelDrop: dropFirst((event) => {
        setDropped(true);
        latest(event);
      }),
      endDrop: () => setDropped(false),
    };
  });
  useLayoutEffect(() => {
    stable.set(drop);
  });
  return { dropped, cancelDrop: stable.cancelDrop, endDrop: stable.endDrop };
}
