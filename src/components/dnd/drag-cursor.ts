/**
 * The cursor for the whole page while dragging: grabbing, or "no" over a target that refuses the
 * drag. Set on <html> so it wins over every element's own cursor (styles/index.css).
 */
export type DragCursor = 'grabbing' | 'no' | null;

export function setDragCursor(cursor: DragCursor): void {
  const root = document.documentElement;
  if (cursor) root.dataset.dragCursor = cursor;
  else delete root.dataset.dragCursor;
}
