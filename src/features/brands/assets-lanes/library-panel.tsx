import { useId } from 'react';
import { ASSET_TYPES, type AssetType, type Brand } from '@contract';
import { cn } from '@/components/ui/cn';
import { inputStyles } from '@/components/ui/input-styles';
import { useAssetDropTarget } from '@/components/dnd/use-asset-dnd';
import { PANEL_DROP_ID } from './lane-labels';
import { LibraryPanelList } from './library-panel-list';
import type { useBrandMoves } from './use-brand-moves';
import type { useLibraryPanel } from './use-library-panel';

const TYPE_LABELS: Record<AssetType, string> = { icon: 'Icons', illustration: 'Illustrations', photo: 'Photos', video: 'Videos' };

interface LibraryPanelProps {
  id: string;
  brand: Brand;
  org: string | undefined;
  panel: ReturnType<typeof useLibraryPanel>;
  brandNames: ReadonlyMap<string, string>;
  moves: ReturnType<typeof useBrandMoves>;
}

/**
 * The Library beside the lanes (not modal: cards are dragged out of it onto the page). Dropping a
 * linked asset back onto it unlinks the asset.
 */
export function LibraryPanel({ id, brand, org, panel, brandNames, moves }: LibraryPanelProps) {
  const headingId = useId();
  const typeId = useId();
  const { setNodeRef, className: highlight } = useAssetDropTarget(PANEL_DROP_ID, {
    label: 'the Library panel',
    accepts: (drag) => drag.assets.every((asset) => asset.brand_id === brand.id),
  });
  return (
    <aside
      id={id}
      ref={setNodeRef}
      aria-labelledby={headingId}
      className={cn(
        'flex max-h-[min(48rem,100dvh)] flex-col gap-3 rounded-lg border bg-card p-3 lg:sticky lg:top-4',
        highlight,
      )}
    >
      <div className="flex items-center justify-between gap-2">
        <h3 id={headingId} className="text-base font-semibold">
          Library
        </h3>
        <button
          type="button"
          onClick={() => panel.setOpen(false)}
          className="inline-flex size-8 items-center justify-center rounded-md hover:bg-muted"
          aria-label="Close the Library"
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="flex flex-col gap-2 text-sm">
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={panel.others} onChange={(event) => panel.setOthers(event.target.checked)} />
          Include assets linked to other brands
        </label>
        <label htmlFor={typeId} className="sr-only">
          Type
        </label>
        <select
          id={typeId}
          value={panel.type ?? ''}
          onChange={(event) => panel.setType((event.target.value || undefined) as AssetType | undefined)}
          className={inputStyles()}
        >
          <option value="">All types</option>
          {ASSET_TYPES.map((type) => (
            <option key={type} value={type}>
              {TYPE_LABELS[type]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex min-h-0 flex-1 flex-col gap-2 overflow-y-auto">
        <LibraryPanelList
          brand={brand}
          org={org}
          type={panel.type}
          others={panel.others}
          brandNames={brandNames}
          moves={moves}
        />
      </div>
    </aside>
  );
}
