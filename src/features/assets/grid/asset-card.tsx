import { memo, type MouseEvent } from 'react';
import { Link, type To } from 'react-router';
import type { Asset } from '@contract';
import type { BulkStatus } from '@/lib/bulk-queue';
import { AssetThumbnail } from '@/components/assets/asset-thumbnail';
import { cn } from '@/components/ui/cn';
import { TYPE_LABELS } from '../format';
import type { GridLayout } from './grid-layout';
import { TypeIcon } from '../type-icon';
import { UsageBadge } from '@/components/ui/usage-badge';

export interface CardPointer {
  shift: boolean;
  toggle: boolean;
}

interface AssetCardProps {
  asset: Asset;
  index: number;
  to: To;
  layout: GridLayout;
  brandName: string | undefined;
  selected: boolean;
  /** The one card in the tab order (roving tabindex). */
  tabbable: boolean;
  bulkStatus: BulkStatus | undefined;
  onPick: (index: number, pointer: CardPointer) => void;
}

const BULK_LABELS: Partial<Record<BulkStatus, string>> = { queued: 'Waiting', running: 'Working…', done: 'Done', failed: 'Failed' };

/**
 * One asset. The link opens the detail panel; Ctrl/Cmd-click and Shift-click select instead of
 * navigating, and the checkbox toggles (Shift for a range). Keys are handled by the grid.
 */
export const AssetCard = memo(function AssetCard({
  asset,
  index,
  to,
  layout,
  brandName,
  selected,
  tabbable,
  bulkStatus,
  onPick,
}: AssetCardProps) {
  const onLinkClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const toggle = event.ctrlKey || event.metaKey;
    if (!toggle && !event.shiftKey) return;
    event.preventDefault();
    onPick(index, { shift: event.shiftKey, toggle });
  };
  const bulkLabel = bulkStatus ? BULK_LABELS[bulkStatus] : undefined;
  return (
    <div
      className={cn(
        'relative flex flex-col overflow-hidden rounded-lg border bg-card text-card-foreground',
        selected && 'border-primary ring-2 ring-primary',
      )}
      style={{ height: layout.rowHeight }}
    >
      <Link
        to={to}
        data-index={index}
        tabIndex={tabbable ? 0 : -1}
        onClick={onLinkClick}
        className="flex flex-1 flex-col rounded-lg outline-offset-[-2px] hover:bg-muted/50"
      >
        <AssetThumbnail
          asset={asset}
          frame="card-top"
          fit="contain"
          width={layout.cardWidth}
          height={layout.thumbHeight}
          decorative
          placeholder={<TypeIcon type={asset.type} />}
        />
        <span className="flex flex-col gap-1 px-3 py-2">
          <span className="truncate text-sm font-medium">{asset.name}</span>
          <span className="flex items-center gap-2 text-xs text-muted-foreground">
            {TYPE_LABELS[asset.type]}
            <UsageBadge mode={asset.usage_mode} />
          </span>
          {asset.brand_id ? (
            <span className="w-fit max-w-full truncate rounded-full border border-primary/30 bg-primary/10 px-2 text-xs text-primary">
              {brandName ?? 'Linked brand'}
            </span>
          ) : (
            <span className="text-xs text-muted-foreground">Unassigned</span>
          )}
        </span>
      </Link>
      <input
        type="checkbox"
        tabIndex={-1}
        checked={selected}
        aria-label={`Select ${asset.name}`}
        onChange={() => undefined}
        onClick={(event) => onPick(index, { shift: event.shiftKey, toggle: true })}
        className="absolute top-2 left-2 size-5 accent-primary"
      />
      {bulkLabel ? (
        <span className="absolute top-2 right-2 rounded bg-background/90 px-1.5 py-0.5 text-xs font-medium">{bulkLabel}</span>
      ) : null}
    </div>
  );
});
