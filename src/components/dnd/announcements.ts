import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { dragDataOf, dropDataOf } from './drag-types';

/** Read once when a draggable card gets focus. */
export const dragInstructions: ScreenReaderInstructions = {
  draggable:
    'To move this asset, press Space. Use the arrow keys to go from one target to the next, Space to drop, Escape to cancel. Its menu offers the same moves without dragging.',
};

type OverArgs = Parameters<Announcements['onDragOver']>[0];

/** "Eco badge", or "12 assets": the drag's own label. */
const what = (active: OverArgs['active']) => dragDataOf(active)?.label ?? 'item';

/** Whether the drag is over the target it started in (its lane, the panel): neither valid nor refused. */
export const isOverSource = ({ active, over }: OverArgs) => over !== null && dragDataOf(active)?.source === over.id;

/**
 * The words for dnd-kit's live region: "Picked up Eco badge. Over lane Always of Verde Kitchen."
 * Targets name themselves (DropTargetData.label); one that refuses the drag says so. The target
 * a drag starts over is announced with the pick-up, so the first words stay whole.
 */
export function dragAnnouncements(): Announcements {
  let justPickedUp = false;
  const targetWords = (args: OverArgs): string => {
    const target = dropDataOf(args.over);
    const drag = dragDataOf(args.active);
    if (!target) return `${what(args.active)} is over no target.`;
    if (isOverSource(args)) return `Over ${target.label}, where it started.`;
    if (drag && !target.accepts(drag)) return `${what(args.active)} cannot be dropped on ${target.label}.`;
    return `Over ${target.label}.`;
  };
  return {
    onDragStart: ({ active }) => {
      justPickedUp = true;
      const from = dragDataOf(active)?.fromBrandName;
      return `Picked up ${what(active)}.${from ? ` Move from ${from}.` : ''}`;
    },
    onDragOver: (args) => {
      const first = justPickedUp;
      justPickedUp = false;
      if (first && isOverSource(args)) {
        const target = dropDataOf(args.over);
        const from = dragDataOf(args.active)?.fromBrandName;
        return `Picked up ${what(args.active)}.${from ? ` Move from ${from}.` : ''}${target ? ` Over ${target.label}.` : ''}`;
      }
      return targetWords(args);
    },
    onDragMove: undefined,
    onDragEnd: (args) => {
      justPickedUp = false;
      const drop = dropDataOf(args.over);
      const drag = dragDataOf(args.active);
      if (isOverSource(args)) return `${what(args.active)} stays where it was.`;
      if (!drop || !drag || !drop.accepts(drag)) return `${what(args.active)} was dropped on no target and stays where it was.`;
      return `Dropped ${what(args.active)} on ${drop.label}.`;
    },
    onDragCancel: ({ active }) => {
      justPickedUp = false;
      return `Cancelled. ${what(active)} stays where it was.`;
    },
  };
}
