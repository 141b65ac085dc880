import type { DragEndEvent } from '@dnd-kit/core';
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
