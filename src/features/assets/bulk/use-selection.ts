import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import type { Asset } from '@contract';
import type { CardPointer } from '../grid/asset-card';
import { MAX_SELECTED_IN_URL, type Selection } from '../library-params';

interface UseSelectionArgs {
  items: readonly Asset[];
  offset: number;
  selection: Selection;
  setSelection: (next: Selection) => void;
  /** Every matching asset, once "Select all matching" has walked the pages. */
  matching: readonly Asset[] | undefined;
}

/**
 * Click semantics of the grid: the checkbox and Ctrl/Cmd-click toggle one asset, Shift-click
 * adds the range from the last toggled asset (the anchor), Ctrl/Cmd+A takes every loaded
 * asset. Selected ids live in the URL; the anchor is only where the pointer last was.
 */
export function useSelection({ items, offset, selection, setSelection, matching }: UseSelectionArgs) {
  const anchor = useRef<string | null>(null);
  const ids = useMemo(() => (selection.kind === 'ids' ? new Set(selection.ids) : null), [selection]);
  const isSelected = useCallback((id: string) => (ids ? ids.has(id) : true), [ids]);

  // onPick reads the latest list through a ref, so it stays the same function while pages
  // arrive: the grid's memoised rows then re-render only when their own assets change.
  const latest = useRef({ items, offset, ids, matching, setSelection });
  useLayoutEffect(() => {
    latest.current = { items, offset, ids, matching, setSelection };
  });
  const onPick = useCallback((index: number, { shift }: CardPointer) => {
    const { items, offset, ids, matching, setSelection } = latest.current;
    const position = index - offset;
    const asset = items[position];
    if (!asset) return;
    // Leaving "all matching" by a click keeps what was selected, as ids.
    const next = new Set(ids ?? (matching ?? items).map((a) => a.id));
    const from = anchor.current ? items.findIndex((a) => a.id === anchor.current) : -1;
    if (shift && from >= 0) {
      const [start, end] = from <= position ? [from, position] : [position, from];
      for (let i = start; i <= end; i++) next.add(items[i]!.id);
    } else {
      if (next.has(asset.id)) next.delete(asset.id);
      else next.add(asset.id);
      anchor.current = asset.id;
    }
    setSelection({ kind: 'ids', ids: [...next].slice(0, MAX_SELECTED_IN_URL) });
  }, []);

  const selectLoaded = useCallback(
    () => setSelection({ kind: 'ids', ids: items.slice(0, MAX_SELECTED_IN_URL).map((a) => a.id) }),
    [items, setSelection],
  );
  const selectMatching = useCallback(() => setSelection({ kind: 'all' }), [setSelection]);
  const clear = useCallback(() => {
    anchor.current = null;
    setSelection({ kind: 'ids', ids: [] });
  }, [setSelection]);

  const active = selection.kind === 'all' || selection.ids.length > 0;
  return { isSelected, onPick, selectLoaded, selectMatching, clear, active };
}
