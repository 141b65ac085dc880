import { AssetThumbnail } from '@/components/assets/asset-thumbnail';
import { UsageBadge } from '@/components/ui/usage-badge';
import { cn } from '@/components/ui/cn';
import type { AssetDragData } from './drag-types';

interface AssetDragPreviewProps {
  drag: AssetDragData;
  /**
   * Dropped, and dnd-kit not yet ended (see useDropFirst): kept mounted and under the pointer,
   * transparent, so the drop changes no hover state.
   */
  hidden?: boolean;
}

/**
 * What follows the pointer: the card as it looks in its list, lifted. A selection shows its first
 * card and the count ("12 assets"); an asset of another brand says where it comes from.
 */
export function AssetDragPreview({ drag, hidden = false }: AssetDragPreviewProps) {
  const first = drag.assets[0];
  if (!first) return null;
  const count = drag.assets.length;
  return (
    <div
      data-testid="drag-overlay"
      className={cn(
        'relative flex w-40 cursor-grabbing flex-col gap-2 rounded-lg border bg-card p-2 text-card-foreground shadow-xl ring-2 ring-primary',
        hidden && 'opacity-0',
      )}
    >
      <AssetThumbnail asset={first} decorative className="aspect-square w-full" />
      <span className="truncate text-sm font-medium">{drag.label}</span>
      {count === 1 ? (
        <span className="self-start">
          <UsageBadge mode={first.usage_mode} />
        </span>
      ) : null}
      {drag.fromBrandName ? (
        <span className="truncate text-xs text-muted-foreground">Move from {drag.fromBrandName}</span>
      ) : null}
      {count > 1 ? (
        <span className="absolute -top-2 -right-2 rounded-full bg-primary px-2 py-0.5 text-xs font-semibold text-primary-foreground">
          {count}
        </span>
      ) : null}
    </div>
  );
}
