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
 * Scrolls the window while a pointer drag sits near its top or bottom edge. dnd-kit's own
 * auto-scroll follows the scroll containers of the dragged card's node, and a virtualised
 * grid unmounts that card once its page leaves the cache: this one follows only the pointer.
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
