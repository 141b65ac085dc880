import {
  closestCenter,
  KeyboardCode,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  TouchSensor,
  useSensor,
  useSensors,
  type ClientRect,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';

/**
 * The pointer sensor for mouse and pen only: a finger goes through the touch sensor's long-press,
 * so a swipe over a card still scrolls the list (handles use `touch-action: manipulation`).
 */
export class MousePointerSensor extends PointerSensor {
  static override activators: typeof PointerSensor.activators = PointerSensor.activators.map((activator) => ({
    eventName: activator.eventName,
    handler: (event, options) => event.nativeEvent.pointerType !== 'touch' && activator.handler(event, options),
  }));
}

// Module constants: dnd-kit memoises each sensor on its options object, and new sensors give
// every draggable and droppable a new context, so each render of the caller re-rendered them all.
const MOUSE = { activationConstraint: { distance: 5 } };
const TOUCH = { activationConstraint: { delay: 250, tolerance: 5 } };

/**
 * Pointer: a few pixels of movement before a drag starts, so a click still clicks. Touch: a
 * long-press (250 ms, 5 px of slack), so a swipe still scrolls. Keyboard: Space or Enter picks
 * up, arrows jump from target to target, Space or Enter drops, Escape cancels.
 */
export function useDragSensors() {
  return useSensors(
    useSensor(MousePointerSensor, MOUSE),
    useSensor(TouchSensor, TOUCH),
    useSensor(KeyboardSensor, KEYBOARD),
  );
}

const center = (rect: ClientRect) => ({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });

/**
 * The nearest enabled target in the arrow's direction, measured between centres; distance across
 * the arrow counts double, so Right prefers the target level with the card.
 */
export function nextTarget(
  from: ClientRect,
  targets: ReadonlyArray<{ id: string | number; rect: ClientRect }>,
  code: string,
): { id: string | number; rect: ClientRect } | null {
  const here = center(from);
  let best: { id: string | number; rect: ClientRect } | null = null;
  let bestScore = Infinity;
  for (const target of targets) {
    const there = center(target.rect);
    const dx = there.x - here.x;
    const dy = there.y - here.y;
    const along =
      code === KeyboardCode.Right ? dx : code === KeyboardCode.Left ? -dx : code === KeyboardCode.Down ? dy : -dy;
    const across = code === KeyboardCode.Right || code === KeyboardCode.Left ? Math.abs(dy) : Math.abs(dx);
    if (along <= 1) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = target;
    }
  }
  return best;
}

const ARROWS: string[] = [KeyboardCode.Right, KeyboardCode.Left, KeyboardCode.Down, KeyboardCode.Up];

/** Moves the dragged card onto the centre of the next target, so each arrow press is one target. */
export const jumpToTarget: KeyboardCoordinateGetter = (event, { currentCoordinates, context }) => {
  if (!ARROWS.includes(event.code)) return undefined;
  event.preventDefault();
  const { collisionRect, droppableRects, droppableContainers, over } = context;
  if (!collisionRect) return undefined;
  const targets = droppableContainers
    .getEnabled()
    .filter((container) => container.id !== over?.id || !over)
    .flatMap((container) => {
      const rect = droppableRects.get(container.id);
      return rect ? [{ id: container.id, rect }] : [];
    });
  // From the target the card is over, not from the card's own corner, so the order is stable.
  const fromRect = (over && droppableRects.get(over.id)) || collisionRect;
  const next = nextTarget(fromRect, targets, event.code);
  if (!next) return currentCoordinates;
  const middle = center(next.rect);
  return {
    x: currentCoordinates.x + (middle.x - center(collisionRect).x),
    y: currentCoordinates.y + (middle.y - center(collisionRect).y),
  };
};

/** Under the pointer when there is one; for the keyboard (no pointer), the nearest centre. */
export const dropCollision: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : closestCenter(args);

const KEYBOARD = { coordinateGetter: jumpToTarget };
