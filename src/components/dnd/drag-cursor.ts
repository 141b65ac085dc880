/**
 * The cursor for the whole page while dragging: grabbing, or "no" over a target that refuses the
 * drag. Set on <html> so it wins over every element's own cursor (styles/index.css).
 */
export type DragCursor = 'grabbing' | 'no' | null;

/** A release waiting for the frame after a drop (see releaseDragCursor). */
let release: (() => void) | null = null;

export function setDragCursor(cursor: DragCursor): void {
  release?.();
  const root = document.documentElement;
  if (cursor) root.dataset.dragCursor = cursor;
  else delete root.dataset.dragCursor;
}

/**
 * Ends the page cursor after the next frame, for a drop. The cursor rule covers every element, so
 * removing it restyles the whole page: done in the drop's own task it made that task long (about
 * 20 ms of B4's 4x figure) and delayed the frame that shows the card in its new place. A new drag
 * before then keeps its own cursor (setDragCursor cancels this).
 */
export function releaseDragCursor(): void {
  release?.();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(() => setDragCursor(null));
  });
  release = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    release = null;
  };
}
