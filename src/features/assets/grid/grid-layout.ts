/** Card geometry shared by the grid, its skeletons and the virtualizer, so all three agree to the pixel. */
const CARD_MIN_WIDTH = 176;
export const GRID_GAP = 16;
/** Name, type and usage line, brand chip, tags: fixed, so a row's height follows from its width alone. */
const CARD_TEXT_HEIGHT = 108;
const THUMB_RATIO = 3 / 4;
/** A width to lay out with before the first measurement (jsdom has none). */
const FALLBACK_WIDTH = 1_024;

export interface GridLayout {
  columns: number;
  cardWidth: number;
  thumbHeight: number;
  rowHeight: number;
}

export function gridLayout(containerWidth: number): GridLayout {
  const width = containerWidth > 0 ? containerWidth : FALLBACK_WIDTH;
  const columns = Math.max(1, Math.floor((width + GRID_GAP) / (CARD_MIN_WIDTH + GRID_GAP)));
  const cardWidth = (width - GRID_GAP * (columns - 1)) / columns;
  const thumbHeight = Math.round(cardWidth * THUMB_RATIO);
  // +2 for the card's border.
  return { columns, cardWidth, thumbHeight, rowHeight: thumbHeight + CARD_TEXT_HEIGHT + 2 };
}
