import * as Popover from '@radix-ui/react-popover';
import { useState } from 'react';
import { buttonStyles } from '@/components/ui/button-styles';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { BulkAction } from './bulk-actions';
import { BulkActionControls } from './bulk-action-controls';
import { plural } from '../format';
import type { useScopeBrands } from '../use-scope-brands';
import { useNarrowScreen } from './use-narrow-screen';

interface SelectionToolbarProps {
  /** "3 assets selected", "All 240 matching assets selected, 12 not shown by this search". */
  summary: string;
  /** "4 of them are not shown by this search.", said again before a delete; empty when none. */
  hiddenNote: string;
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

/**
 * Bulk actions for the selection, in a bar pinned to the bottom of the window so showing it
 * never moves the grid. On a phone the bar is one short row (the count and an "Actions" menu),
 * so it covers as little of the grid as possible and no stray tap clears the selection.
 * Escape anywhere outside a field clears the selection.
 */
export function SelectionToolbar(props: SelectionToolbarProps) {
  const {
    summary,
    hiddenNote,
    count,
    ready,
    busy,
    allMatching,
    brands,
    knownTags,
    onSelectMatching,
    onClear,
    onAction,
  } = props;
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const narrow = useNarrowScreen();
  const disabled = !ready || busy || count === 0;
  const controls = (
    <BulkActionControls
      disabled={disabled}
      busy={busy}
      allMatching={allMatching}
      brands={brands}
      knownTags={knownTags}
      onSelectMatching={() => {
        setMenuOpen(false);
        onSelectMatching();
      }}
      onAction={(action) => {
        setMenuOpen(false);
        onAction(action);
      }}
      onDelete={() => {
        setMenuOpen(false);
        setConfirmDelete(true);
      }}
      onClear={onClear}
    />
  );
  return (
    <section
      aria-label="Selected assets"
      className="pointer-events-auto flex w-fit max-w-full items-center gap-2 rounded-lg border bg-background p-2 shadow-lg sm:flex-wrap sm:p-3"
    >
      <p className="min-w-0 px-1 text-sm leading-tight font-medium">{summary}</p>
      {narrow ? (
        <Popover.Root open={menuOpen} onOpenChange={setMenuOpen}>
          <Popover.Trigger className={buttonStyles('outline', 'sm', 'shrink-0')}>
            Actions <span aria-hidden="true">▾</span>
          </Popover.Trigger>
          <Popover.Portal>
            <Popover.Content
              side="top"
              align="end"
              sideOffset={8}
              collisionPadding={8}
              aria-label="Bulk actions"
              className="z-50 flex w-60 flex-col items-stretch gap-2 rounded-lg border bg-background p-2 text-foreground shadow-lg"
            >
              {controls}
            </Popover.Content>
          </Popover.Portal>
        </Popover.Root>
      ) : (
        controls
      )}
      <ConfirmDialog
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        title={`Delete ${plural(count, 'asset')}?`}
        description={`${hiddenNote ? `${hiddenNote} ` : ''}They disappear from the library at once, and you can undo for a few seconds. After that they are deleted from NextDocs for good.`}
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
