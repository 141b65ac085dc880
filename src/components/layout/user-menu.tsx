import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { sessionQueries } from '@/api/session';
import { Button } from '@/components/ui/button';
import { displayName } from '@/lib/user-display';
import { AccountPanel } from './account-panel';

/**
 * The signed-in user in the header. A disclosure (a button that shows a panel), not an ARIA
 * menu: the panel holds text and ordinary links and buttons, reached with Tab. Escape closes it
 * and returns focus to the button; so does a click outside (without moving focus).
 */
export function UserMenu() {
  const session = useQuery(sessionQueries.current());
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  const state = session.data;
  if (!state?.signed_in) return null;
  const name = displayName(state.user);

  return (
    <div ref={rootRef} className="relative">
      <Button
        ref={buttonRef}
        variant="ghost"
        size="sm"
        // The visible name is part of the accessible name (WCAG 2.5.3); "Account" says what the button opens.
        aria-label={`Account: ${name}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="max-w-48 truncate">{name}</span>
        <span aria-hidden="true">▾</span>
      </Button>
      {open ? (
        <div id={panelId} className="absolute right-0 z-20 mt-2 w-80 max-w-[calc(100vw-2rem)] rounded-lg border bg-card p-4 text-card-foreground shadow-lg">
          <AccountPanel session={state} onClose={() => setOpen(false)} />
        </div>
      ) : null}
    </div>
  );
}
