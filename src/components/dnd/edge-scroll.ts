import type { DragMoveEvent } from '@dnd-kit/core';
import { getEventCoordinates } from '@dnd-kit/utilities';

/** How far from the window's top or bottom edge a drag starts scrolling, at most. */
const EDGE_PX = 120;
/** Pixels per frame at the very edge (about 1,500 px/s at 60 Hz). */
const MAX_STEP_PX = 25;

/**
 * How far the window scrolls this frame for a drag whose pointer is at `y` in a viewport of
 * `height`: nothing outside the edge bands, faster the deeper the pointer is in one.
 */
export function edgeScrollStep(y: number, height: number): number {
  const edge = Math.min(EDGE_PX, height * 0.15);
  if (y > height - edge) return Math.round(MAX_STEP_PX * Math.min(1, (y - (height - edge)) / edge));
  if (y < edge) return -Math.round(MAX_STEP_PX * Math.min(1, (edge - y) / edge));
  return 0;
}

/**
 * DndContext's `autoScroll` beside an EdgeScroller: dnd-kit scrolls inner containers (a rail's or
 * a lane's list), never the window, and no layout shift at pick-up scrolls anything.
 */
export const INNER_AUTO_SCROLL = {
  canScroll: (element: Element) => element !== document.scrollingElement,
  layoutShiftCompensation: false,
};

/** Where the pointer is during a drag, from onDragMove; null for a keyboard drag (no pointer). */
export function dragPointer({ activatorEvent, delta }: Pick<DragMoveEvent, 'activatorEvent' | 'delta'>) {
  const start = getEventCoordinates(activatorEvent);
  return start ? { x: start.x + delta.x, y: start.y + delta.y } : null;
}

/**
 * Scrolls the window while a pointer drag sits near its top or bottom edge, from the pointer
 * alone. dnd-kit's own auto-scroll follows the scroll containers of the dragged card's node: a
 * virtualised grid unmounts that card once its page leaves the cache, which stopped it; and on a
 * brand page it sometimes scrolled the window with the pointer in the middle of it, faster as the
 * page moved, up to the top of the page (why exactly is not established).
 */
export class EdgeScroller {
  private pointer: { x: number; y: number } | null = null;
  private frame = 0;

  move(pointer: { x: number; y: number } | null): void {
    this.pointer = pointer;
    if (pointer && !this.frame) this.frame = requestAnimationFrame(this.tick);
  }

  stop(): void {
    this.pointer = null;
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private tick = () => {
    this.frame = 0;
    if (!this.pointer) return;
    const step = edgeScrollStep(this.pointer.y, window.innerHeight);
    if (step === 0) return;
    window.scrollBy(0, step);
    this.frame = requestAnimationFrame(this.tick);
  };
}
