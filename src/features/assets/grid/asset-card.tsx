import * as Tooltip from '@radix-ui/react-tooltip';
import { memo, useRef, useState, type MouseEvent } from 'react';
import type { To } from 'react-router';
import type { Asset } from '@contract';
import type { BulkStatus } from '@/lib/bulk-queue';
import { AssetThumbnail } from '@/components/assets/asset-thumbnail';
import { cn } from '@/components/ui/cn';
import { TYPE_LABELS } from '../format';
import { CardBrandChip } from './card-brand-chip';
import { CardLink } from './card-link';
import { CardTags } from './card-tags';
import type { GridLayout } from './grid-layout';
import { TypeIcon } from '../type-icon';
import { UsageBadge } from '@/components/ui/usage-badge';
import { VideoFrame } from './video-frame';
import { samePropsApartFromBrand } from './same-apart-from-brand';

export interface CardPointer {
  shift: boolean;
  toggle: boolean;
}

interface AssetCardProps {
  asset: Asset;
  index: number;
  to: To;
  layout: GridLayout;
  selected: boolean;
  /** The one card in the tab order (roving tabindex). */
  tabbable: boolean;
  bulkStatus: BulkStatus | undefined;
  onPick: (index: number, pointer: CardPointer) => void;
}

const VIDEO_FORMATS = new Set(['mp4', 'webm']);

const BULK_LABELS: Partial<Record<BulkStatus, string>> = {
  queued: 'Waiting',
  running: 'Working…',
  done: 'Done',
  failed: 'Failed',
};

/**
 * One asset. A name cut off by the card shows whole in a tooltip (hover or keyboard focus). The link opens the detail panel; Ctrl/Cmd-click and Shift-click select instead of
 * navigating, and the checkbox toggles (Shift for a range). Keys are handled by the grid. What it
 * shows of the brand comes from CardBrandContext, so a move between brands skips this render.
 */
export const AssetCard = memo(function AssetCard({
  asset,
  index,
  to,
  layout,
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
  const nameRef = useRef<HTMLSpanElement>(null);
  const [tipOpen, setTipOpen] = useState(false);
  // The tooltip only says something new when the name is cut off.
  const onTipChange = (open: boolean) => {
    const name = nameRef.current;
    setTipOpen(open && name !== null && name.scrollWidth > name.clientWidth);
  };
  const video = asset.type === 'video' || VIDEO_FORMATS.has(asset.format);
  return (
    <div
      className={cn(
        'relative flex flex-col overflow-hidden rounded-lg border bg-card text-card-foreground',
        selected && 'border-primary ring-2 ring-primary',
      )}
      style={{ height: layout.rowHeight }}
    >
      <Tooltip.Root open={tipOpen} onOpenChange={onTipChange}>
        <Tooltip.Trigger asChild>
          <CardLink
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
              placeholder={video ? <VideoFrame url={asset.url} /> : <TypeIcon type={asset.type} />}
            />
            <span className="flex flex-col gap-1 px-3 py-2">
              <span ref={nameRef} className="truncate text-sm font-medium">
                {asset.name}
              </span>
              <span className="flex items-center gap-2 text-xs text-muted-foreground">
                {TYPE_LABELS[asset.type]}
                <UsageBadge mode={asset.usage_mode} />
              </span>
              <CardBrandChip />
              <CardTags tags={asset.tags} />
            </span>
          </CardLink>
        </Tooltip.Trigger>
        <Tooltip.Portal>
          <Tooltip.Content
            side="bottom"
            align="start"
            sideOffset={4}
            collisionPadding={8}
            className="z-50 max-w-xs rounded-md bg-foreground px-2 py-1 text-xs break-words text-background shadow-lg"
          >
            {asset.name}
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
      <input
        type="checkbox"
        tabIndex={-1}
        checked={selected}
        aria-label={`Select ${asset.name}`}
        onChange={() => undefined}
        onClick={(event) => onPick(index, { shift: event.shiftKey, toggle: true })}
        className="absolute top-2 left-2 size-6 accent-primary"
      />
      {bulkLabel ? (
        <span className="absolute top-2 left-10 rounded bg-background/90 px-1.5 py-0.5 text-xs font-medium">
          {bulkLabel}
        </span>
      ) : null}
    </div>
  );
}, samePropsApartFromBrand);
