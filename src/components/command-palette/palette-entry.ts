import { matchesText } from './text-match';

/** One page or action of the palette. */
export interface PaletteEntry {
  label: string;
  /** Matched with the label: the words people type for it. */
  words?: string;
  act: () => void;
  keys?: readonly string[];
  sequence?: boolean;
}

/** With nothing typed every entry shows; otherwise those whose label or words match. */
export const entryShown = (entry: PaletteEntry, search: string): boolean =>
  !search.trim() || matchesText(`${entry.label} ${entry.words ?? ''}`, search);
