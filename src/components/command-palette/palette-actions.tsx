import { useQuery } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { organizationQueries } from '@/api/organizations';
import { scopeTarget } from '@/components/layout/scope-target';
import { paths } from '@/config/paths';
import { setColorMode, toggleColorMode } from '@/lib/color-mode';
import { focusPageFilter, pressPageCreate } from './page-controls';
import { entryShown, type PaletteEntry as Entry } from './palette-entry';
import { PaletteGroup } from './palette-group';
import { PaletteItem } from './palette-item';
import { scopedPath } from './scoped-path';
import { hasPageFilter, SHORTCUT_KEYS } from './shortcut-list';

interface PaletteActionsProps {
  search: string;
  org: string | undefined;
  /** Closes the palette, then runs the action. */
  run: (action: () => void) => void;
}

/** Every page, the actions and the scopes to switch to, each with its shortcut where it has one. */
export function PaletteActions({ search, org, run }: PaletteActionsProps) {
  const navigate = useNavigate();
  const { pathname, search: query } = useLocation();
  const organizations = useQuery(organizationQueries.list());
  const go = (path: string, extra?: Record<string, string>) => () => void navigate(scopedPath(path, org, extra));
  // `n` does what the page's create control does, so it is shown beside that page's own action.
  const onPage = (path: string) => (pathname === path ? SHORTCUT_KEYS.create : undefined);
  const shown = (entry: Entry) => entryShown(entry, search);

  const pages: Entry[] = [
    {
      label: 'Brands',
      words: 'go to page list',
      act: go(paths.brands.href()),
      keys: SHORTCUT_KEYS.brands,
      sequence: true,
    },
    {
      label: 'Assets',
      words: 'go to page library',
      act: go(paths.assets.href()),
      keys: SHORTCUT_KEYS.assets,
      sequence: true,
    },
    {
      label: 'Themes',
      words: 'go to page gallery',
      act: go(paths.themes.href()),
      keys: SHORTCUT_KEYS.themes,
      sequence: true,
    },
    { label: 'Compare themes', words: 'go to page', act: go(paths.themeCompare.href()) },
    { label: 'Import a theme', words: 'go to page', act: go(paths.themeImport.href()) },
  ];
  const actions: Entry[] = [
    { label: 'Create brand', words: 'new add', act: go(paths.brandNew.href()), keys: onPage(paths.brands.href()) },
    {
      label: 'Add asset',
      words: 'new upload create',
      // On the library its own button opens the dialog and keeps the filters; elsewhere the URL does.
      act: () => (pathname === paths.assets.href() && pressPageCreate()) || go(paths.assets.href(), { add: '1' })(),
      keys: onPage(paths.assets.href()),
    },
    { label: 'New theme', words: 'create add', act: go(paths.themeNew.href()), keys: onPage(paths.themes.href()) },
  ];
  actions.push(
    { label: 'Toggle dark mode', words: 'light theme colour color appearance', act: () => void toggleColorMode() },
    { label: 'Follow the system colour mode', words: 'dark light color appearance', act: () => setColorMode('system') },
  );
  if (hasPageFilter())
    actions.push({ label: 'Search this page', words: 'filter find', act: focusPageFilter, keys: SHORTCUT_KEYS.filter });
  const scopes: Entry[] = [{ id: undefined, name: 'Personal' }, ...(organizations.data?.data ?? [])]
    .filter((scope) => scope.id !== org)
    .map((scope) => ({
      label: `Switch to ${scope.name}`,
      words: 'scope organization',
      act: () => void navigate(scopeTarget(pathname, query, scope.id)),
    }));

  const item = (entry: Entry) => (
    <PaletteItem
      key={entry.label}
      value={entry.label}
      onSelect={() => run(entry.act)}
      keys={entry.keys}
      sequence={entry.sequence}
    >
      {entry.label}
    </PaletteItem>
  );
  return (
    <>
      <PaletteGroup heading="Pages">{pages.filter(shown).map((entry) => item(entry))}</PaletteGroup>
      <PaletteGroup heading="Actions">{actions.filter(shown).map((entry) => item(entry))}</PaletteGroup>
      <PaletteGroup heading="Scope">{scopes.filter(shown).map((entry) => item(entry))}</PaletteGroup>
    </>
  );
}
