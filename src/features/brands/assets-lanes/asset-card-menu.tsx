import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { memo, useId } from 'react';
import { Link } from 'react-router';
import { USAGE_MODES, type Asset, type UsageMode } from '@contract';
import { buttonStyles } from '@/components/ui/button-styles';
import { paths } from '@/config/paths';
import { scopedTo } from '../scoped-to';
import { LANE_LABELS } from './lane-labels';

const ITEM =
  'flex cursor-default items-center rounded-md px-2 py-1.5 text-sm outline-none select-none data-[disabled]:text-muted-foreground data-[highlighted]:bg-muted';
const CONTENT = 'z-50 min-w-44 rounded-lg border bg-background p-1 text-foreground shadow-lg';

interface AssetCardMenuProps {
  asset: Asset;
  brandId: string;
  brandName: string;
  org: string | undefined;
  onToLane: (mode: UsageMode) => void;
  onUnlink: () => void;
}

/**
 * Every drag as menu choices (WCAG 2.5.7): an asset of this brand can move to another lane or be
 * unlinked; any other asset can be linked to this brand in a lane of choice. Flat groups rather
 * than submenus: one level is quicker by keyboard and does not close under a diagonal pointer.
 * Memoised: the card around it re-renders for every drag (its dnd-kit hook), the menu does not.
 */
export const AssetCardMenu = memo(function AssetCardMenu(props: AssetCardMenuProps) {
  const { asset, brandId, brandName, org, onToLane, onUnlink } = props;
  const linked = asset.brand_id === brandId;
  const groupId = useId();
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className={buttonStyles('ghost', 'icon', 'size-8 shrink-0')} aria-label={`Actions for ${asset.name}`}>
        <span aria-hidden="true">⋯</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" sideOffset={4} collisionPadding={8} className={CONTENT}>
          <DropdownMenu.Group aria-labelledby={groupId}>
            <DropdownMenu.Label id={groupId} className="px-2 py-1 text-xs font-semibold text-muted-foreground">
              {linked ? 'Move to lane…' : `Link to ${brandName}…`}
            </DropdownMenu.Label>
            {USAGE_MODES.map((mode) => (
              <DropdownMenu.Item
                key={mode}
                className={ITEM}
                disabled={linked && asset.usage_mode === mode}
                onSelect={() => onToLane(mode)}
              >
                {LANE_LABELS[mode]}
              </DropdownMenu.Item>
            ))}
          </DropdownMenu.Group>
          <DropdownMenu.Separator className="my-1 h-px bg-border" />
          {linked ? (
            <DropdownMenu.Item className={ITEM} onSelect={onUnlink}>
              Unlink
            </DropdownMenu.Item>
          ) : null}
          <DropdownMenu.Item className={ITEM} asChild>
            <Link to={scopedTo(paths.asset.href(asset.id), org)}>Open details</Link>
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
});
