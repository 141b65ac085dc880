import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useState } from 'react';
import { USAGE_MODES } from '@contract';
import { Button } from '@/components/ui/button';
import { buttonStyles } from '@/components/ui/button-styles';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { BulkAction } from './bulk-actions';
import { BrandPicker } from './brand-picker';
import { plural, USAGE_LABELS } from '../format';
import { TagPopover } from './tag-popover';
import type { useScopeBrands } from '../use-scope-brands';

interface SelectionToolbarProps {
  /** "3 assets selected", "All 240 matching assets selected", "Selecting… 120 found". */
  summary: string;
  count: number;
  /** Still walking or counting: actions wait for the full list. */
  ready: boolean;
  busy: boolean;
  allMatching: boolean;
  brands: ReturnType<typeof useScopeBrands>;
  knownTags: readonly string[];
  onSelectMatching: () => void;
  onClear: () => void;
  onAction: (action: BulkAction) => void;
}

const MENU_ITEM = 'cursor-default rounded-md px-2 py-1.5 text-sm outline-none data-highlighted:bg-muted';

/**
 * Bulk actions for the selection, in a bar pinned to the bottom of the window so showing it
 * never moves the grid. Every action is a button or menu item (keyboard and screen readers
 * alike); Escape anywhere outside a field clears the selection.
 */
export function SelectionToolbar(props: SelectionToolbarProps) {
  const { summary, count, ready, busy, allMatching, brands, knownTags, onSelectMatching, onClear, onAction } = props;
  const [confirmDelete, setConfirmDelete] = useState(false);
  const disabled = !ready || busy || count === 0;
  return (
    <section
      aria-label="Selected assets"
      className="pointer-events-auto flex w-fit max-w-full flex-wrap items-center gap-2 rounded-lg border bg-background p-3 shadow-lg"
    >
      <p className="px-1 text-sm font-medium">{summary}</p>
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
          <DropdownMenu.Content side="top" sideOffset={6} className="z-50 min-w-40 rounded-lg border bg-background p-1 shadow-lg">
            {USAGE_MODES.map((usage) => (
              <DropdownMenu.Item key={usage} className={MENU_ITEM} onSelect={() => onAction({ kind: 'usage', usage })}>
                {USAGE_LABELS[usage]}
              </DropdownMenu.Item>
            ))}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <TagPopover label="Add tag" submitLabel="Add to selected" suggestions={knownTags} disabled={disabled} onSubmit={(tag) => onAction({ kind: 'add-tag', tag })} />
      <TagPopover label="Remove tag" submitLabel="Remove from selected" suggestions={knownTags} disabled={disabled} onSubmit={(tag) => onAction({ kind: 'remove-tag', tag })} />
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
      <Button variant="destructive" size="sm" disabled={disabled} onClick={() => setConfirmDelete(true)}>
        Delete
      </Button>
      <Button variant="ghost" size="sm" onClick={onClear} aria-keyshortcuts="Escape">
        Clear selection
      </Button>
      <ConfirmDialog
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        title={`Delete ${plural(count, 'asset')}?`}
        description="They disappear from the library at once, and you can undo for a few seconds. After that they are deleted from NextDocs for good."
        confirmLabel={`Delete ${plural(count, 'asset')}`}
        destructive
        onConfirm={() => {
          setConfirmDelete(false);
          onAction({ kind: 'delete' });
        }}
      />
    </section>
  );
}
