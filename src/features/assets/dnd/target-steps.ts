import type { ClientRect, CollisionDetection, UniqueIdentifier } from '@dnd-kit/core';

export type StepKey = 'next' | 'previous' | 'first' | 'last';

const KEY_STEPS: Record<string, StepKey> = {
  ArrowDown: 'next',
  ArrowRight: 'next',
  ArrowUp: 'previous',
  ArrowLeft: 'previous',
  Home: 'first',
  End: 'last',
};

/** The step a key asks for while a keyboard drag is on, or undefined for other keys. */
export const stepForKey = (code: string): StepKey | undefined => KEY_STEPS[code];

/**
 * The target a keyboard step lands on, in the order the targets are shown. From no target,
 * "next" takes the first and "previous" the last; at either end a step stays where it is.
 */
export function stepTarget<T>(order: readonly T[], current: T | null, step: StepKey): T | undefined {
  if (order.length === 0) return undefined;
  const at = current === null ? -1 : order.indexOf(current);
  switch (step) {
    case 'first':
      return order[0];
    case 'last':
      return order.at(-1);
    case 'next':
      return order[at < 0 ? 0 : Math.min(at + 1, order.length - 1)];
    case 'previous':
      return order[at < 0 ? order.length - 1 : Math.max(at - 1, 0)];
  }
}

const center = (rect: ClientRect) => ({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
const contains = (rect: ClientRect, point: { x: number; y: number }) =>
  point.x >= rect.left && point.x <= rect.left + rect.width && point.y >= rect.top && point.y <= rect.top + rect.height;

/**
 * A pointer drag is over the target under the pointer. A keyboard drag has no pointer: it is
 * over the target that holds the centre of the dragged card, which the keyboard sensor puts on
 * a target's centre, so a card merely lying near a target (as at pick-up) is over nothing.
 *
 * Rects are read live from the nodes: dnd-kit's measured rects assume a target scrolls with the
 * page, and the rail is sticky (after the grid scrolled 9,000 px under a drag, they were 9,000 px
 * off). The rail holds few targets, so this stays cheap.
 */
export const libraryCollisions: CollisionDetection = ({
  pointerCoordinates,
  collisionRect,
  droppableContainers,
  droppableRects,
}) => {
  const point = pointerCoordinates ?? center(collisionRect);
  const hits: Array<{ id: UniqueIdentifier }> = [];
  for (const container of droppableContainers) {
    const rect = container.node.current?.getBoundingClientRect() ?? droppableRects.get(container.id);
    if (rect && contains(rect, point)) hits.push({ id: container.id });
  }
  return hits;
};
