import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { USAGE_MODES } from '@contract';
import { Button } from '@/components/ui/button';
import { buttonStyles } from '@/components/ui/button-styles';
import type { BulkAction } from './bulk-actions';
import { BrandPicker } from './brand-picker';
import { USAGE_LABELS } from '../format';
import { TagPopover } from './tag-popover';
import type { useScopeBrands } from '../use-scope-brands';

interface BulkActionControlsProps {
  disabled: boolean;
  busy: boolean;
  allMatching: boolean;
  brands: ReturnType<typeof useScopeBrands>;
  knownTags: readonly string[];
  onSelectMatching: () => void;
  onAction: (action: BulkAction) => void;
  onDelete: () => void;
  onClear: () => void;
}

const MENU_ITEM = 'cursor-default rounded-md px-2 py-1.5 text-sm outline-none data-highlighted:bg-muted';

/** Every bulk action as a button or menu: in the bar's row, or stacked in its overflow menu on a phone. */
export function BulkActionControls(props: BulkActionControlsProps) {
  const { disabled, busy, allMatching, brands, knownTags, onSelectMatching, onAction, onDelete, onClear } = props;
  return (
    <>
      {!allMatching ? (
        <Button variant="ghost" size="sm" onClick={onSelectMatching} disabled={busy}>
          Select all matching
        </Button>
      ) : null}
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger disabled={disabled} className={buttonStyles('outline', 'sm')}>
          Set usage <span aria-hidden="true">▾</span>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content
            side="top"
            sideOffset={6}
            collisionPadding={8}
            className="z-50 min-w-40 rounded-lg border bg-background p-1 shadow-lg"
          >
            {USAGE_MODES.map((usage) => (
              <DropdownMenu.Item key={usage} className={MENU_ITEM} onSelect={() => onAction({ kind: 'usage', usage })}>
                {USAGE_LABELS[usage]}
              </DropdownMenu.Item>
            ))}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <TagPopover
        label="Add tag"
        submitLabel="Add to selected"
        suggestions={knownTags}
        disabled={disabled}
        onSubmit={(tag) => onAction({ kind: 'add-tag', tag })}
      />
      <TagPopover
        label="Remove tag"
        submitLabel="Remove from selected"
        suggestions={knownTags}
        disabled={disabled}
        onSubmit={(tag) => onAction({ kind: 'remove-tag', tag })}
      />
      <BrandPicker
        label="Link selected to brand"
        placeholder="Link to brand"
        brands={brands.brands}
        loading={brands.isPending}
        failed={brands.isError}
        onRetry={() => void brands.refetch()}
        value={undefined}
        disabled={disabled}
        onChange={(brand) => brand && onAction({ kind: 'link', brandId: brand.id, brandName: brand.name })}
      />
      <Button variant="outline" size="sm" disabled={disabled} onClick={() => onAction({ kind: 'unlink' })}>
        Unlink
      </Button>
      <Button variant="destructive" size="sm" disabled={disabled} onClick={onDelete}>
        Delete
      </Button>
      <Button variant="ghost" size="sm" onClick={onClear} aria-keyshortcuts="Escape">
        Clear selection
      </Button>
    </>
  );
}
