import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';

/**
 * Words for a sortable rule list, in the same style as the asset drags ("Picked up …",
 * "Dropped …", "Cancelled. … stays where it was."), with positions instead of targets.
 */
export const ruleDragInstructions: ScreenReaderInstructions = {
  draggable:
    'To move this rule, press Space. Use the up and down arrow keys to change its place, Space to drop, Escape to cancel. The Move up and Move down buttons do the same without dragging.',
};

export function ruleAnnouncements(
  list: string,
  ids: readonly UniqueIdentifier[],
  labelOf: (id: UniqueIdentifier) => string,
): Announcements {
  const place = (id: UniqueIdentifier | undefined) => `position ${ids.indexOf(id ?? '') + 1} of ${ids.length}`;
  return {
    onDragStart: ({ active }) => `Picked up ${list} rule “${labelOf(active.id)}”, ${place(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over ? `“${labelOf(active.id)}” is over ${place(over.id)}.` : `“${labelOf(active.id)}” is over no place.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `Dropped “${labelOf(active.id)}” at ${place(over.id)}.`
        : `“${labelOf(active.id)}” was dropped on no place and stays where it was.`,
    onDragCancel: ({ active }) => `Cancelled. “${labelOf(active.id)}” stays where it was.`,
  };
}
