import { Skeleton } from '@/components/ui/skeleton';
import { GRID_GAP, type GridLayout } from './grid-layout';

/** A card-shaped placeholder: exactly the size of the card that replaces it. */
export function CardSkeleton({ layout }: { layout: GridLayout }) {
  return (
    <div
      aria-hidden="true"
      className="flex flex-col overflow-hidden rounded-lg border"
      style={{ height: layout.rowHeight }}
    >
      <div style={{ height: layout.thumbHeight }}>
        <Skeleton className="size-full rounded-none" />
      </div>
      <div className="flex flex-col gap-2 px-3 py-3">
        <Skeleton className="h-4 w-3/4" />
        <Skeleton className="h-4 w-1/2" />
      </div>
    </div>
  );
}

/** First load: rows of placeholders in the final grid geometry, announced once in words. */
export function GridSkeleton({ layout, rows = 2 }: { layout: GridLayout; rows?: number }) {
  return (
    <div role="status" aria-label="Loading assets">
      <div className="grid" style={{ gridTemplateColumns: `repeat(${layout.columns}, minmax(0, 1fr))`, gap: GRID_GAP }}>
        {Array.from({ length: layout.columns * rows }, (_, i) => (
          <CardSkeleton key={i} layout={layout} />
        ))}
      </div>
    </div>
  );
}
