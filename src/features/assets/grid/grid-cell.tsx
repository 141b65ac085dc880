import { memo, useMemo } from 'react';
import type { Asset } from '@contract';
import type { BulkStatus } from '@/lib/bulk-queue';
import { paths } from '@/config/paths';
import { AssetCard, type CardPointer } from './asset-card';
import { CardBrandContext } from './card-brand-context';
import { CardMenu } from './card-menu';
import type { GridLayout } from './grid-layout';
import { DraggableCard } from '../dnd/draggable-card';
import type { DropTarget } from '../dnd/drop-targets';
import { TYPE_LABELS, USAGE_LABELS } from '../format';

interface GridCellProps {
  asset: Asset;
  index: number;
  layout: GridLayout;
  tabbable: boolean;
  /** The library's URL search, kept on the card's link. */
  search: string;
  brandName: string | undefined;
  selected: boolean;
  bulkStatus: BulkStatus | undefined;
  onPick: (index: number, pointer: CardPointer) => void;
  onMove: (id: string, target: DropTarget) => void;
}

/** The link's accessible name: the full name first (the card may cut it), then every fact and tag. */
function cardLabel(asset: Asset, brandName: string | undefined): string {
  const brand = asset.brand_id ? (brandName ?? 'Linked brand') : 'Unassigned';
  const tags = asset.tags.length ? `, tags: ${asset.tags.join(', ')}` : '';
  return `${asset.name}, ${TYPE_LABELS[asset.type]}, ${USAGE_LABELS[asset.usage_mode]}, ${brand}${tags}`;
}

/**
 * One card of the grid, draggable, with its menu. Memoised on its own props, so a drop
 * re-renders the one card it moved, and of that card only what shows the brand (CardBrandContext).
 */
export const GridCell = memo(function GridCell({
  asset,
  index,
  layout,
  tabbable,
  search,
  brandName,
  selected,
  bulkStatus,
  onPick,
  onMove,
}: GridCellProps) {
  const label = cardLabel(asset, brandName);
  const brand = useMemo(
    () => ({ brandId: asset.brand_id, brandName: asset.brand_id ? (brandName ?? null) : null, label }),
    [asset.brand_id, brandName, label],
  );
  return (
    <div role="listitem" data-asset-id={asset.id} data-index={index}>
      <CardBrandContext value={brand}>
        <DraggableCard
          id={asset.id}
          name={asset.name}
          tabbable={tabbable}
          actions={<CardMenu asset={asset} tabbable={tabbable} onMove={onMove} />}
        >
          <AssetCard
            asset={asset}
            index={index}
            // A string, not an object made here: the memoised card then skips when its asset is unchanged.
            to={`${paths.asset.href(asset.id)}${search}`}
            layout={layout}
            selected={selected}
            tabbable={tabbable}
            bulkStatus={bulkStatus}
            onPick={onPick}
          />
        </DraggableCard>
      </CardBrandContext>
    </div>
  );
});
