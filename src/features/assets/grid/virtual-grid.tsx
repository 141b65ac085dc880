import * as Tooltip from '@radix-ui/react-tooltip';
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useContext, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { BulkStatus } from '@/lib/bulk-queue';
import { DragSessionContext } from '../dnd/drag-session';
import type { DropTarget } from '../dnd/drop-targets';
import type { CardPointer } from './asset-card';
import { GRID_GAP, type GridLayout } from './grid-layout';
import { GridRow } from './grid-row';
import type { GridSource } from './use-asset-list';

/** Rows kept in the DOM beyond the viewport: enough for smooth scrolling, few enough for the 600-element budget. */
const OVERSCAN_ROWS = 1;
/** The next page is asked for while this many loaded rows are still below the viewport. */
const PREFETCH_ROWS = 2;

interface VirtualGridProps {
  list: GridSource;
  layout: GridLayout;
  brandNames: ReadonlyMap<string, string>;
  isSelected: (id: string) => boolean;
  statuses: ReadonlyMap<string, BulkStatus>;
  onPick: (index: number, pointer: CardPointer) => void;
  /** The library's query string (with `?`), kept on the detail links so the panel opens over this view. */
  search: string;
  onMove: (id: string, target: DropTarget) => void;
}

/**
 * Rows of cards, virtualised against the window scroll so the DOM stays bounded however many
 * assets there are. Positions are absolute (`offset + i`), so pages dropped at the top by
 * maxPages keep their space and are fetched again if the user scrolls back to them.
 */
export function VirtualGrid(props: VirtualGridProps) {
  const { list, layout, brandNames, isSelected, statuses, onPick, search, onMove } = props;
  const { items, offset, query } = list;
  const { hasNextPage, hasPreviousPage, isFetching, fetchNextPage, fetchPreviousPage, isFetchNextPageError } = query;
  const { columns } = layout;
  const loadedEnd = offset + items.length;
  const total = loadedEnd + (hasNextPage ? columns : 0);
  const rowCount = Math.ceil(total / columns);
  const stride = layout.rowHeight + GRID_GAP;

  const containerRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const element = containerRef.current;
    if (element) setScrollMargin(element.getBoundingClientRect().top + window.scrollY);
  }, [layout.cardWidth]);

  // The row of a card being dragged stays rendered while the drag scrolls the page: its node is
  // what dnd-kit scrolls and measures from. (If its page leaves the cache, the overlay carries on.)
  const session = useContext(DragSessionContext);
  const draggedAt = session ? items.findIndex((a) => a.id === session.activeId) : -1;
  const pinnedRow = draggedAt >= 0 ? Math.floor((offset + draggedAt) / columns) : -1;
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      return pinnedRow < 0 || indexes.includes(pinnedRow) ? indexes : [...indexes, pinnedRow].sort((a, b) => a - b);
    },
    [pinnedRow],
  );

  const virtualizer = useWindowVirtualizer({
    count: rowCount,
    rangeExtractor,
    estimateSize: () => stride,
    overscan: OVERSCAN_ROWS,
    scrollMargin,
    // Render after the scroll event rather than inside it: the event returns at once, and
    // memoised rows keep each render to the rows that scrolled in.
    useFlushSync: false,
  });
  useEffect(() => virtualizer.measure(), [virtualizer, stride]);
  const rows = virtualizer.getVirtualItems();
  // Paging and the tab stop follow the rows in view, not a pinned row far from them.
  const span =
    pinnedRow < 0
      ? rows
      : rows.filter((r) => r.index !== pinnedRow || rows.some((o) => Math.abs(o.index - r.index) === 1));
  const firstRow = span[0]?.index ?? 0;
  const lastRow = span.at(-1)?.index ?? 0;

  useEffect(() => {
    // One request at a time: while anything is fetching, the effect runs again when it ends.
    if (isFetching || isFetchNextPageError) return;
    if (hasNextPage && (lastRow + 1 + PREFETCH_ROWS) * columns >= loadedEnd) {
      void fetchNextPage({ cancelRefetch: false });
    } else if (hasPreviousPage && firstRow * columns < offset) {
      void fetchPreviousPage({ cancelRefetch: false });
    }
  }, [
    firstRow,
    lastRow,
    columns,
    loadedEnd,
    offset,
    hasNextPage,
    hasPreviousPage,
    isFetching,
    isFetchNextPageError,
    fetchNextPage,
    fetchPreviousPage,
  ]);

  // Roving focus: one card is in the tab order; arrow keys move it and scroll it into view.
  const [active, setActive] = useState(offset);
  // Scrolled away from the active card: the first card on screen takes its place in the tab order.
  const renderedFirst = Math.max(offset, firstRow * columns);
  const renderedLast = Math.min(loadedEnd - 1, (lastRow + 1) * columns - 1);
  const activeIndex = active >= renderedFirst && active <= renderedLast ? active : renderedFirst;
  const focusAfterRender = useRef<number | null>(null);
  useEffect(() => {
    const index = focusAfterRender.current;
    if (index === null) return;
    const target = containerRef.current?.querySelector<HTMLElement>(`a[data-index="${index}"]`);
    if (target) {
      focusAfterRender.current = null;
      target.focus({ preventScroll: true });
    }
  });

  const moveTo = (index: number) => {
    const next = Math.min(Math.max(index, offset), loadedEnd - 1);
    setActive(next);
    focusAfterRender.current = next;
    virtualizer.scrollToIndex(Math.floor(next / columns), { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const index = Number(target.dataset.index);
    if (!Number.isInteger(index)) return;
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      ArrowDown: index + columns,
      ArrowUp: index - columns,
      PageDown: index + columns * 3,
      PageUp: index - columns * 3,
      Home: offset,
      End: loadedEnd - 1,
    };
    if (event.key in moves && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      moveTo(moves[event.key]!);
    } else if (event.key === ' ') {
      event.preventDefault();
      onPick(index, { shift: event.shiftKey, toggle: true });
    }
  };

  return (
    // Keys are handled here for the focusable card links inside (one roving tab stop), not for the div.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div ref={containerRef} onKeyDown={onKeyDown}>
      {/* One provider for every card's name tooltip: moving between cards opens the next at once. */}
      <Tooltip.Provider delayDuration={400}>
        <div
          role="list"
          aria-label="Assets"
          aria-busy={query.isPlaceholderData || undefined}
          className="relative"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {rows.map((row) => {
            const first = row.index * columns;
            const cells = Array.from({ length: columns }, (_, column) => {
              const index = first + column;
              if (index >= total) return undefined;
              return index >= offset && index < loadedEnd ? (items[index - offset] ?? null) : null;
            });
            return (
              <GridRow
                key={row.key}
                row={row.index}
                top={row.start - scrollMargin}
                layout={layout}
                cells={cells}
                tabbable={activeIndex >= first && activeIndex < first + columns ? activeIndex : -1}
                search={search}
                brandNames={brandNames}
                isSelected={isSelected}
                statuses={statuses}
                onPick={onPick}
                onMove={onMove}
              />
            );
          })}
        </div>
      </Tooltip.Provider>
    </div>
  );
}
