import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useId, useRef, useState } from 'react';
import { sessionQueries } from '@/api/session';
import { Button } from '@/components/ui/button';
import { displayName } from '@/lib/user-display';
import { useDismiss } from './use-dismiss';

// The open panel is loaded when first wanted (hover, focus or press), not with the header: the
// header is on the landing page's first load and the panel is opened rarely (bundle budget).
const loadPanel = () => import('./account-panel');
const AccountPanel = lazy(async () => ({ default: (await loadPanel()).AccountPanel }));

/**
 * The signed-in user in the header. A disclosure (a button that shows a panel), not an ARIA
 * menu: the panel holds text and ordinary links and buttons, reached with Tab. Escape closes it
 * and returns focus to the button; so does a click outside (without moving focus). On a phone
 * the button shows the name's initial and the panel spans the screen, so it never leaves it.
 */
export function UserMenu() {
  const session = useQuery(sessionQueries.current());
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  useDismiss(open, setOpen, rootRef, buttonRef);

  const state = session.data;
  if (!state?.signed_in) return null;
  const name = displayName(state.user);

  return (
    <div ref={rootRef} className="sm:relative">
      <Button
        ref={buttonRef}
        variant="ghost"
        size="sm"
        className="h-9 px-2 sm:px-3"
        // The visible name is part of the accessible name (WCAG 2.5.3); "Account" says what the button opens.
        aria-label={`Account: ${name}`}
        aria-expanded={open}
        aria-controls={panelId}
        onPointerEnter={() => void loadPanel()}
        onFocus={() => void loadPanel()}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true" className="flex size-7 items-center justify-center rounded-full bg-secondary font-semibold uppercase sm:hidden">
          {name.charAt(0)}
        </span>
        <span className="hidden max-w-48 truncate sm:inline">{name}</span>
        <span aria-hidden="true">▾</span>
      </Button>
      {open ? (
        <div
          id={panelId}
          className="fixed top-14 right-4 left-4 z-30 max-h-[calc(100dvh-4.5rem)] overflow-y-auto rounded-lg border bg-card p-4 text-card-foreground shadow-lg sm:absolute sm:top-full sm:right-0 sm:left-auto sm:mt-2 sm:w-80"
        >
          <Suspense fallback={<p className="text-sm text-muted-foreground">Loading your account…</p>}>
            <AccountPanel session={state} onClose={() => setOpen(false)} />
          </Suspense>
        </div>
      ) : null}
    </div>
  );
}
