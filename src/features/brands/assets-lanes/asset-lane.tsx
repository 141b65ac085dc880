import type { Asset, Brand, UsageMode } from '@contract';
import { cn } from '@/components/ui/cn';
import { useAssetDropTarget } from '@/components/dnd/use-asset-dnd';
import { BrandAssetCard } from './brand-asset-card';
import { LANE_LABELS, laneDropId, laneTargetLabel } from './lane-labels';
import type { useBrandMoves } from './use-brand-moves';

interface AssetLaneProps {
  mode: UsageMode;
  brand: Brand;
  org: string | undefined;
  assets: readonly Asset[];
  count: number;
  moves: ReturnType<typeof useBrandMoves>;
  /** The lane's end of the shared list: its sentinel and "Load more". */
  footer: React.ReactNode;
}

/**
 * One usage lane: a drop target (it takes any asset not already in it) with its count and its own
 * scrolling list; reaching its end loads the brand's next page.
 */
export function AssetLane({ mode, brand, org, assets, count, moves, footer }: AssetLaneProps) {
  const headingId = `lane-${mode}-heading`;
  const { setNodeRef, className: highlight } = useAssetDropTarget(laneDropId(mode), {
    label: laneTargetLabel(mode, brand.name),
    accepts: (drag) => drag.assets.some((asset) => asset.brand_id !== brand.id || asset.usage_mode !== mode),
  });
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      data-lane={mode}
      className={cn('flex min-w-0 flex-col gap-2 rounded-lg border bg-muted/40 p-2', highlight)}
    >
      <h3 id={headingId} className="flex items-baseline justify-between px-1 text-sm font-semibold">
        {LANE_LABELS[mode]}
        <span className="text-xs font-normal text-muted-foreground" aria-label={`${count} assets`}>
          {count}
        </span>
      </h3>
      <div className="flex max-h-[28rem] min-h-24 flex-col gap-2 overflow-y-auto">
        {assets.length === 0 ? (
          <p className="rounded-md border border-dashed p-3 text-sm text-muted-foreground">
            No assets. Drag one here, or use a card’s menu.
          </p>
        ) : (
          <ul className="flex flex-col gap-2">
            {assets.map((asset) => (
              <BrandAssetCard
                key={asset.id}
                asset={asset}
                brandId={brand.id}
                brandName={brand.name}
                org={org}
                source={laneDropId(mode)}
                otherBrandName={undefined}
                moves={moves}
              />
            ))}
          </ul>
        )}
        {footer}
      </div>
    </section>
  );
}
