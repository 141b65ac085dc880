import { memo, useCallback } from 'react';
import type { Asset, UsageMode } from '@contract';
import { AssetThumbnail } from '@/components/assets/asset-thumbnail';
import { cn } from '@/components/ui/cn';
import { UsageBadge } from '@/components/ui/usage-badge';
import { useAssetDraggable } from '@/components/dnd/use-asset-dnd';
import { AssetCardMenu } from './asset-card-menu';
import type { useBrandMoves } from './use-brand-moves';

interface BrandAssetCardProps {
  asset: Asset;
  brandId: string;
  brandName: string;
  org: string | undefined;
  /** 'panel' or 'lane:always'…: where a drag starts. */
  source: string;
  /** The name of the other brand the asset is linked to, if any (panel cards). */
  otherBrandName: string | undefined;
  /** The page's moves (they keep their identity: the card is memoised). */
  moves: ReturnType<typeof useBrandMoves>;
}

/**
 * One asset on the brand page (in a lane or in the Library panel). The body is the drag handle
 * (pointer, touch long-press, or focus and Space); the ⋯ menu beside it offers the same moves.
 * The handle holds no interactive element, so nothing nests inside its role="button". Memoised: a
 * move re-renders the cards it changed, not every card of the page (each holds a Radix menu).
 */
export const BrandAssetCard = memo(function BrandAssetCard(props: BrandAssetCardProps) {
  const { asset, brandId, brandName, org, source, otherBrandName, moves } = props;
  const otherBrand = asset.brand_id !== null && asset.brand_id !== brandId;
  const otherName = otherBrand ? (otherBrandName ?? 'another brand') : undefined;
  const { setNodeRef, attributes, listeners, isDragging } = useAssetDraggable(asset.id, {
    assets: [asset],
    label: asset.name,
    source,
    fromBrandName: otherName,
  });
  const onToLane = useCallback((mode: UsageMode) => void moves.toLane([asset], mode), [moves, asset]);
  const onUnlink = useCallback(() => void moves.unlink([asset]), [moves, asset]);
  const where = otherName ? `, linked to ${otherName}` : asset.brand_id === null ? ', unassigned' : '';
  return (
    // The draggable node sits inside the card's own <li>. While a drag is on, dnd-kit re-measures
    // the draggable's parent whenever a child-list mutation touches it. With the lane's <ul> as
    // that parent, the drop moved the card out of it, and dnd-kit laid out the page and rendered
    // DndContext again, inside the drop's task.
    <li data-asset-id={asset.id}>
      <div
        ref={setNodeRef}
        className={cn('flex items-center gap-1 rounded-lg border bg-card p-1.5 text-card-foreground', isDragging && 'border-dashed border-primary')}
      >
        <div
          {...attributes}
          {...listeners}
          aria-roledescription="draggable asset"
          aria-label={`${asset.name}${where}`}
          className="flex min-w-0 flex-1 cursor-grab touch-manipulation items-center gap-2 rounded-md outline-offset-2 select-none"
        >
          <AssetThumbnail asset={asset} decorative className="size-12 shrink-0" />
          <span className="flex min-w-0 flex-col items-start gap-1">
            <span className="w-full truncate text-sm font-medium">{asset.name}</span>
            <UsageBadge mode={asset.usage_mode} />
            {otherName ? <span className="w-full truncate text-xs text-muted-foreground">Linked to {otherName}</span> : null}
          </span>
        </div>
        <AssetCardMenu
          asset={asset}
          brandId={brandId}
          brandName={brandName}
          org={org}
          onToLane={onToLane}
          onUnlink={onUnlink}
        />
      </div>
    </li>
  );
});
