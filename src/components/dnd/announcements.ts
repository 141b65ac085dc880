import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { dragDataOf, dropDataOf } from './drag-types';

/** Read once when a draggable card gets focus. */
export const dragInstructions: ScreenReaderInstructions = {
  draggable:
    'To move this asset, press Space. Use the arrow keys to go from one target to the next, Space to drop, Escape to cancel. Its menu offers the same moves without dragging.',
};

/** "Eco badge", or "12 assets": the drag's own label. */
function what(active: Parameters<Announcements['onDragStart']>[0]['active']): string {
  return dragDataOf(active)?.label ?? 'item';
}

/**
 * The words for dnd-kit's live region: "Picked up Eco badge. Over lane Always of Verde Kitchen."
 * Targets name themselves (DropTargetData.label); a target that refuses the drag says so.
 */
export function dragAnnouncements(): Announcements {
  const over = (args: Parameters<Announcements['onDragOver']>[0]): string => {
    const target = dropDataOf(args.over);
    const drag = dragDataOf(args.active);
    if (!target) return `${what(args.active)} is over no target.`;
    if (drag && !target.accepts(drag)) return `${what(args.active)} cannot be dropped on ${target.label}.`;
    return `Over ${target.label}.`;
  };
  return {
    onDragStart: ({ active }) => {
      const drag = dragDataOf(active);
      const from = drag?.fromBrandName ? ` Move from ${drag.fromBrandName}.` : '';
      return `Picked up ${what(active)}.${from}`;
    },
    onDragOver: over,
    onDragMove: undefined,
    onDragEnd: ({ active, over: target }) => {
      const drop = dropDataOf(target);
      const drag = dragDataOf(active);
      if (!drop || !drag || !drop.accepts(drag)) return `${what(active)} was dropped on no target and stays where it was.`;
      return `Dropped ${what(active)} on ${drop.label}.`;
    },
    onDragCancel: ({ active }) => `Cancelled. ${what(active)} stays where it was.`,
  };
}
