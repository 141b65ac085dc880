import { useDndContext, useDraggable, useDroppable, type UniqueIdentifier } from '@dnd-kit/core';
import { dragDataOf, type AssetDragData, type DropTargetData } from './drag-types';
import { dropTargetClass } from './drop-target-styles';

/** The drag going on inside the nearest AssetDndContext, or null. */
export function useActiveAssetDrag(): AssetDragData | null {
  return dragDataOf(useDndContext().active);
}

/**
 * A drop target. `valid` is true while a drag it accepts goes on; `className` highlights it
 * then, more strongly while the drag is over it.
 */
export function useAssetDropTarget(id: UniqueIdentifier, data: Omit<DropTargetData, 'kind'>) {
  const drop = useDroppable({ id, data: { kind: 'target', ...data } satisfies DropTargetData });
  const drag = dragDataOf(drop.active);
  const valid = Boolean(drag && data.accepts(drag));
  const isOver = valid && drop.isOver;
  return { setNodeRef: drop.setNodeRef, valid, isOver, className: dropTargetClass({ valid, isOver }) };
}

/**
 * A draggable card. Spread `attributes` and `listeners` on the card's activator (a focusable
 * element with no interactive children); `setNodeRef` on the card itself.
 */
export function useAssetDraggable(id: UniqueIdentifier, data: Omit<AssetDragData, 'kind'>) {
  return useDraggable({ id, data: { kind: 'assets', ...data } satisfies AssetDragData });
}
