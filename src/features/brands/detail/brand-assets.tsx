import { useId } from 'react';
import { USAGE_MODES, type Brand } from '@contract';
import { AssetDndContext, type AssetDrop } from '@/components/dnd/asset-dnd-context';
import { Button } from '@/components/ui/button';
import { AssetLanes } from '../assets-lanes/asset-lanes';
import { laneDropId, PANEL_DROP_ID, UNLINK_DROP_ID } from '../assets-lanes/lane-labels';
import { LibraryPanel } from '../assets-lanes/library-panel';
import { UnlinkZone } from '../assets-lanes/unlink-zone';
import { useBrandMoves } from '../assets-lanes/use-brand-moves';
import { useBrandNames } from '../assets-lanes/use-brand-names';
import { useLibraryPanel } from '../assets-lanes/use-library-panel';

/**
 * The brand's assets: three usage lanes, and the Library panel (`?panel=library`) to link more.
 * Assets move by drag and drop (pointer, touch long-press, keyboard) or by each card's menu; every
 * move goes through the one move primitive (api/assets-move.ts) with Undo and Retry toasts.
 */
export function BrandAssets({ brand, org }: { brand: Brand; org: string | undefined }) {
  const panel = useLibraryPanel();
  const panelId = useId();
  const brandNames = useBrandNames(org);
  const moves = useBrandMoves(brand, org, brandNames);

  const onDrop = ({ drag, targetId }: AssetDrop) => {
    if (targetId === PANEL_DROP_ID || targetId === UNLINK_DROP_ID) {
      void moves.unlink(drag.assets);
      return;
    }
    const mode = USAGE_MODES.find((candidate) => laneDropId(candidate) === targetId);
    if (mode) void moves.toLane(drag.assets, mode);
  };

  return (
    <section aria-labelledby="assets-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="assets-heading" className="text-xl font-semibold">
          Linked assets <span className="text-base font-normal text-muted-foreground">({brand.assets.length})</span>
        </h2>
        <Button
          variant="outline"
          aria-expanded={panel.open}
          aria-controls={panel.open ? panelId : undefined}
          onClick={() => panel.setOpen(!panel.open)}
        >
          Add assets
        </Button>
      </div>
      <AssetDndContext onDrop={onDrop}>
        <div className={panel.open ? 'grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]' : 'flex flex-col'}>
          <AssetLanes brand={brand} org={org} moves={moves} />
          {panel.open ? (
            <LibraryPanel id={panelId} brand={brand} org={org} panel={panel} brandNames={brandNames} moves={moves} />
          ) : null}
        </div>
        <UnlinkZone brand={brand} />
      </AssetDndContext>
    </section>
  );
}
