import { useCallback, useId, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { Button } from '@/components/ui/button';
import { MainNav } from './main-nav';
import { ScopeSwitcher } from './scope-switcher';
import { useDismiss } from './use-dismiss';

// Whole class strings: from `sm` up the panel is part of the header row and the button is gone;
// below it the panel drops under the header only while open.
const PANEL_OPEN =
  'absolute inset-x-0 top-full z-20 flex flex-col items-start gap-3 border-b bg-card p-4 shadow-lg sm:static sm:flex-row sm:items-center sm:gap-6 sm:border-0 sm:p-0 sm:shadow-none';
const PANEL_CLOSED = 'hidden sm:flex sm:items-center sm:gap-6';

/**
 * Navigation and scope. At phone width they collapse behind a "Menu" button (a disclosure, like
 * the account menu): Escape or a press outside closes it, and so does any navigation (a link, a
 * new scope), because it is open only for the location it was opened at.
 */
export function HeaderNav() {
  const location = useLocation();
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === location.key;
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const setOpen = useCallback((next: boolean) => setOpenAt(next ? location.key : null), [location.key]);
  useDismiss(open, setOpen, rootRef, buttonRef);

  return (
    <div ref={rootRef} className="contents">
      <Button
        ref={buttonRef}
        variant="ghost"
        size="icon"
        className="sm:hidden"
        aria-label="Menu"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-5 stroke-current" strokeWidth="1.5">
          <path d="M2 4h12M2 8h12M2 12h12" />
        </svg>
      </Button>
      <div id={panelId} className={open ? PANEL_OPEN : PANEL_CLOSED}>
        <MainNav />
        <ScopeSwitcher />
      </div>
    </div>
  );
}
