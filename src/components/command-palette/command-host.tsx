import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { useScope } from '@/hooks/use-scope';
import { focusPageFilter, pressPageCreate } from './page-controls';
import { scopedPath } from './scoped-path';
import { matchShortcut, type ShortcutCommand } from './shortcut-match';

// Loaded on first use (Ctrl+K, `?`): the shell is on the landing page's first load (bundle budget).
const CommandPalette = lazy(async () => ({ default: (await import('./command-palette')).CommandPalette }));
const ShortcutOverlay = lazy(async () => ({ default: (await import('./shortcut-overlay')).ShortcutOverlay }));

const GO = { 'go-brands': paths.brands.href(), 'go-assets': paths.assets.href(), 'go-themes': paths.themes.href() };

/** The keyboard shortcuts of every page, and the palette and shortcut list they open. */
export function CommandHost() {
  const [open, setOpen] = useState<'palette' | 'help' | null>(null);
  const navigate = useNavigate();
  const { org } = useScope();

  useEffect(() => {
    let gPressedAt: number | null = null;
    const act = (command: ShortcutCommand): boolean => {
      if (command === 'filter') return focusPageFilter();
      if (command === 'create') return pressPageCreate();
      if (command === 'palette' || command === 'help') setOpen(command);
      else void navigate(scopedPath(GO[command], org));
      return true;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const match = matchShortcut(event, gPressedAt);
      gPressedAt = match.gPressedAt;
      // Only a key that did something is kept from the page (`/` would be typed into the filter).
      if (match.command && act(match.command)) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [navigate, org]);

  // What the palette chose runs once it has closed and given focus back, so a focus or a dialog it
  // opens is not undone by that (passive cleanups of the closed dialog run before this effect).
  const then = useRef<(() => void) | null>(null);
  useEffect(() => {
    const action = then.current;
    then.current = null;
    if (open === null) action?.();
  }, [open]);
  const close = (after?: () => void) => {
    then.current = after ?? null;
    setOpen(null);
  };
  return open ? (
    <Suspense fallback={null}>
      {open === 'palette' ? (
        <CommandPalette onClose={close} onShowShortcuts={() => setOpen('help')} />
      ) : (
        <ShortcutOverlay onClose={() => close()} />
      )}
    </Suspense>
  ) : null;
}
