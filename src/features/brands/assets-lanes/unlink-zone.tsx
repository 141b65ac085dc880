import type { Brand } from '@contract';
import { cn } from '@/components/ui/cn';
import { useActiveAssetDrag, useAssetDropTarget } from '@/components/dnd/use-asset-dnd';
import { UNLINK_DROP_ID } from './lane-labels';

/**
 * Appears while an asset of this brand is dragged: drop here to unlink. Fixed to the bottom of the
 * window, so its arrival moves nothing else on the page.
 */
export function UnlinkZone({ brand }: { brand: Brand }) {
  const drag = useActiveAssetDrag();
  const show = Boolean(drag && drag.assets.every((asset) => asset.brand_id === brand.id));
  return show ? <UnlinkTarget brand={brand} /> : null;
}

function UnlinkTarget({ brand }: { brand: Brand }) {
  const { setNodeRef, className: highlight } = useAssetDropTarget(UNLINK_DROP_ID, {
    label: `Unlink from ${brand.name}`,
    accepts: (drag) => drag.assets.every((asset) => asset.brand_id === brand.id),
  });
  return (
    <div
      ref={setNodeRef}
      data-testid="unlink-zone"
      className={cn(
        'fixed inset-x-0 bottom-4 z-40 mx-auto flex h-16 w-[min(24rem,calc(100vw-2rem))] items-center justify-center rounded-lg border-2 border-dashed border-destructive bg-card text-sm font-medium text-foreground shadow-lg',
        highlight,
      )}
    >
      Drop here to unlink from {brand.name}
    </div>
  );
}
