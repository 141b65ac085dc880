import { useQuery } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { sessionQueries } from '@/api/session';
import { connectHref } from '@/config/connect-href';
import { entryShown, type PaletteEntry } from './palette-entry';
import { PaletteGroup } from './palette-group';
import { PaletteItem } from './palette-item';
import { SHORTCUT_KEYS } from './shortcut-list';

interface PaletteAccountProps {
  search: string;
  run: (action: () => void) => void;
  onShowShortcuts: () => void;
  onSignOut: () => void;
}

/**
 * Help and the session, as the account menu offers it: under the server's own key there is no
 * session to end, so "Use your own key" stands where "Sign out" would.
 */
export function PaletteAccount({ search, run, onShowShortcuts, onSignOut }: PaletteAccountProps) {
  const session = useQuery(sessionQueries.current());
  const navigate = useNavigate();
  const { pathname, search: query, hash } = useLocation();
  const switchKey = () => void navigate(connectHref({ next: `${pathname}${query}${hash}` }));
  const serverKey = session.data?.signed_in === true && session.data.server_key === true;
  // Both of these act with the palette open: the shortcut list replaces it, and signing out
  // says in the palette that it works, or why it failed.
  const now: PaletteEntry[] = [
    { label: 'Show keyboard shortcuts', words: 'help keys', act: onShowShortcuts, keys: SHORTCUT_KEYS.help },
    ...(serverKey ? [] : [{ label: 'Sign out', words: 'log out leave account', act: onSignOut }]),
  ];
  const later: PaletteEntry[] = serverKey
    ? [{ label: 'Use your own key', words: 'sign in account api key', act: switchKey }]
    : [{ label: 'Use a different key', words: 'sign in account api key switch', act: switchKey }];
  const items = [
    ...now.filter((entry) => entryShown(entry, search)).map((entry) => [entry, entry.act] as const),
    ...later.filter((entry) => entryShown(entry, search)).map((entry) => [entry, () => run(entry.act)] as const),
  ];
  return (
    <PaletteGroup heading="General">
      {items.map(([entry, onSelect]) => (
        <PaletteItem key={entry.label} value={entry.label} onSelect={onSelect} keys={entry.keys}>
          {entry.label}
        </PaletteItem>
      ))}
    </PaletteGroup>
  );
}
