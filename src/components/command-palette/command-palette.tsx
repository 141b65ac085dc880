import { Command } from 'cmdk';
import { useRef, useState } from 'react';
import { useSignOut } from '@/api/session';
import { errorMessage } from '@/components/ui/error-state';
import { inputStyles } from '@/components/ui/input-styles';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { useScope } from '@/hooks/use-scope';
import { PaletteAccount } from './palette-account';
import { PaletteActions } from './palette-actions';
import { PaletteObjects } from './palette-objects';
import { usePaletteObjects } from './use-palette-objects';

interface CommandPaletteProps {
  /** Closes the palette; `then` runs once it has closed and focus is back where it was. */
  onClose: (then?: () => void) => void;
  onShowShortcuts: () => void;
}

/**
 * Ctrl/Cmd+K: go to a brand, asset or theme by name, to any page, or run an action. cmdk gives
 * the combobox and listbox with arrow keys and Enter; our native modal dialog gives the top layer,
 * Escape and focus return (cmdk's own dialog is Radix's, whose scroll lock breaks our CSP).
 * Filtering is ours (`shouldFilter` off): what matches decides whether more pages are fetched.
 */
export function CommandPalette({ onClose, onShowShortcuts }: CommandPaletteProps) {
  const [search, setSearch] = useState('');
  const { org } = useScope();
  const found = usePaletteObjects(search, org);
  const inputRef = useRef<HTMLInputElement>(null);
  const run = (action: () => void) => onClose(action);
  // Signing out ends the page (the session gate goes to /connect); until then, and if it fails, the palette says so.
  const signOut = useSignOut();
  const status = signOut.isPending
    ? 'Signing out…'
    : signOut.isError
      ? `Could not sign out: ${errorMessage(signOut.error)} Try again.`
      : found.searching.length > 0
        ? `Looking through more ${found.searching.join(' and ')}…`
        : '';

  return (
    <ModalDialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title="Command palette"
      initialFocus={inputRef}
    >
      <Command label="Go to or do" shouldFilter={false} loop className="flex flex-col gap-2">
        <Command.Input
          ref={inputRef}
          value={search}
          onValueChange={setSearch}
          placeholder="A brand, asset, theme, page or action"
          className={inputStyles()}
        />
        <p role="status" className="min-h-4 text-xs text-muted-foreground">
          {status}
        </p>
        <Command.List label="Results" className="max-h-[min(60dvh,28rem)] overflow-y-auto">
          <Command.Empty className="px-3 py-6 text-center text-sm text-muted-foreground">
            {found.searching.length > 0 ? 'Nothing matches yet.' : 'Nothing matches.'}
          </Command.Empty>
          <PaletteObjects found={found} org={org} run={run} />
          <PaletteActions search={search} org={org} run={run} />
          <PaletteAccount
            search={search}
            run={run}
            onShowShortcuts={onShowShortcuts}
            onSignOut={() => signOut.mutate()}
          />
        </Command.List>
      </Command>
    </ModalDialog>
  );
}
