import { memo } from 'react';
import type { Asset } from '@contract';
import type { BulkStatus } from '@/lib/bulk-queue';
import type { CardPointer } from './asset-card';
import { GRID_GAP, type GridLayout } from './grid-layout';
import { GridCell } from './grid-cell';
import { CardSkeleton } from './grid-skeleton';
import type { DropTarget } from '../dnd/drop-targets';

interface GridRowProps {
  row: number;
  top: number;
  layout: GridLayout;
  /** One entry per column: the asset, `null` for a placeholder (not loaded yet), `undefined` past the end. */
  cells: ReadonlyArray<Asset | null | undefined>;
  /** The roving tab stop if it is in this row, else -1, so moving it re-renders two rows only. */
  tabbable: number;
  search: string;
  brandNames: ReadonlyMap<string, string>;
  isSelected: (id: string) => boolean;
  statuses: ReadonlyMap<string, BulkStatus>;
  onPick: (index: number, pointer: CardPointer) => void;
  onMove: (id: string, target: DropTarget) => void;
}

/** Props are equal when every cell holds the same asset object and everything else is identical. */
function sameRow(a: GridRowProps, b: GridRowProps): boolean {
  for (const key of Object.keys(a) as Array<keyof GridRowProps>) {
    if (key === 'cells') continue;
    if (a[key] !== b[key]) return false;
  }
  return a.cells.length === b.cells.length && a.cells.every((cell, i) => cell === b.cells[i]);
}

/**
 * One row of the grid. Memoised on its own cells: while scrolling, and when a page arrives or
 * an old one is dropped, rows whose assets did not change skip rendering, so each step costs
 * only the rows it brings in (no long tasks while scrolling 2,000 assets).
 */
export const GridRow = memo(function GridRow(props: GridRowProps) {
  const { row, top, layout, cells, tabbable, search, brandNames, isSelected, statuses, onPick, onMove } = props;
  const { columns } = layout;
  return (
    <div
      className="absolute top-0 left-0 grid w-full"
      style={{
        transform: `translateY(${top}px)`,
        gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
        gap: GRID_GAP,
      }}
    >
      {cells.map((asset, column) => {
        const index = row * columns + column;
        if (asset === undefined) return null;
        if (asset === null) return <CardSkeleton key={`s${index}`} layout={layout} />;
        return (
          <GridCell
            key={asset.id}
            asset={asset}
            index={index}
            layout={layout}
            tabbable={index === tabbable}
            search={search}
            brandName={asset.brand_id ? brandNames.get(asset.brand_id) : undefined}
            selected={isSelected(asset.id)}
            bulkStatus={statuses.get(asset.id)}
            onPick={onPick}
            onMove={onMove}
          />
        );
      })}
    </div>
  );
}, sameRow);
