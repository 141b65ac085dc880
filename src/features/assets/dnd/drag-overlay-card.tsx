import type { Asset } from '@contract';
import { AssetThumbnail } from '@/components/assets/asset-thumbnail';
import { cn } from '@/components/ui/cn';

interface DragOverlayCardProps {
  /** The picked card's asset (undefined only if it left the cache mid-drag). */
  asset: Asset | undefined;
  /** "Eco badge" or "12 assets". */
  label: string;
  count: number;
  /** Over a target that would change nothing: the "no" cursor. */
  refused: boolean;
  /**
   * Dropped: gone from sight while dnd-kit ends the drag. Transparent, not invisible: it stays under the
   * pointer, so the drop changes no hover state (no pointerout and pointerover in the drop's task), and it
   * keeps its size, so nothing is measured again.
   */
  hidden?: boolean;
}

/**
 * What follows the pointer: the card's picture and name, and for a selection a stack with the
 * count. The grid's own card may scroll away and unmount meanwhile; this one stays.
 */
export function DragOverlayCard({ asset, label, count, refused, hidden = false }: DragOverlayCardProps) {
  return (
    <div
      data-testid="drag-overlay"
      className={cn(
        'relative flex size-full flex-col overflow-hidden rounded-lg border-2 border-primary bg-card text-card-foreground shadow-2xl',
        refused ? 'cursor-no-drop' : 'cursor-grabbing',
        count > 1 && 'ring-4 ring-primary/30 ring-offset-4 ring-offset-background',
        hidden && 'opacity-0',
      )}
    >
      {asset ? (
        <AssetThumbnail asset={asset} frame="card-top" fit="contain" className="min-h-0 flex-1" decorative />
      ) : null}
      <p className="truncate px-3 py-2 text-sm font-medium">{count > 1 ? asset?.name : label}</p>
      {count > 1 ? (
        <p className="absolute top-2 left-2 rounded-full bg-primary px-3 py-1 text-sm font-semibold text-primary-foreground">
          {label}
        </p>
      ) : null}
    </div>
  );
}
