import { useCallback, useEffect } from 'react';
import { useBlocker, type BlockerFunction } from 'react-router';
import { ConfirmDialog } from './confirm-dialog';

interface UnsavedChangesGuardProps {
  /** True while there is work that leaving would lose (a dirty form, a save in flight). */
  when: boolean;
  /** What would be lost, e.g. "your changes to the AI instruction". */
  what?: string;
  /** Called when the user chooses to leave and discard, e.g. to drop a stored draft. */
  onDiscard?: () => void;
  /** The question and its answers, where the default wording does not fit (a panel closing). */
  title?: string;
  description?: string;
  cancelLabel?: string;
  confirmLabel?: string;
}

/**
 * Asks before leaving a page with unsaved work: in-app links and Back/Forward through React
 * Router's blocker, closing or reloading the tab through `beforeunload` (the browser shows its
 * own prompt there). Changes to the query string alone (a panel opening) stay on the page and
 * are not blocked. Render one per page: a router supports a single active blocker.
 */
export function UnsavedChangesGuard({
  when,
  what = 'your changes',
  onDiscard,
  title = 'Leave without saving?',
  description = `If you leave this page now, ${what} will be lost.`,
  cancelLabel = 'Stay on this page',
  confirmLabel = 'Leave and discard',
}: UnsavedChangesGuardProps) {
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname,
    [when],
  );
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [when]);

  // Once asked, the question stays until the user answers it, even if `when` turns false meanwhile
  // (a save settling, a retry giving up): leaving or closing it by itself lost the user's click.

  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      onOpenChange={(open) => {
        if (!open && blocker.state === 'blocked') blocker.reset();
      }}
      title={title}
      description={description}
      cancelLabel={cancelLabel}
      confirmLabel={confirmLabel}
      destructive
      onConfirm={() => {
        if (blocker.state !== 'blocked') return;
        onDiscard?.();
        blocker.proceed();
      }}
    />
  );
}
