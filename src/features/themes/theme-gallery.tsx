import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { themeQueries } from '@/api/themes';
import { buttonStyles } from '@/components/ui/button-styles';
import { EmptyState } from '@/components/ui/empty-state';
import { PagedGrid } from '@/components/ui/paged-grid';
import { paths } from '@/config/paths';
import type { ThemeKind } from './gallery-toolbar';
import { withScope } from './studio-href';
import { ThemeCard } from './theme-card';
import { ThemeCardSkeleton } from './theme-card-skeleton';
import { usageLabel, useThemeUsage } from './use-theme-usage';

interface ThemeGalleryProps {
  org: string | undefined;
  /** Name search and kind filter, as the URL holds them. */
  search?: string;
  kind?: ThemeKind;
}

/**
 * The themes of one scope: custom themes newest first, then the system themes (the API's order),
 * 20 at a time by `after`. The API cannot filter or search themes, so both apply to the pages
 * loaded; while a filter hides cards the sentinel stays in view and the next pages keep coming.
 */
export function ThemeGallery({ org, search = '', kind = 'all' }: ThemeGalleryProps) {
  const query = useInfiniteQuery(themeQueries.infinite({ org }));
  const usage = useThemeUsage(org);
  const needle = search.trim().toLowerCase();
  const hidden = useMemo(() => {
    const ids = new Set<string>();
    for (const page of query.data?.pages ?? []) {
      for (const theme of page.data) {
        const kindOk = kind === 'all' || (kind === 'custom') === theme.is_custom;
        if (!kindOk || (needle && !theme.name.toLowerCase().includes(needle))) ids.add(theme.id);
      }
    }
    return ids;
  }, [query.data, kind, needle]);
  const filtered = needle !== '' || kind !== 'all';

  return (
    <PagedGrid
      query={query}
      label="Themes"
      skeleton={<ThemeCardSkeleton />}
      hidden={hidden}
      renderItem={(theme) => <ThemeCard theme={theme} org={org} usage={usageLabel(usage, theme.id)} />}
      empty={
        filtered ? (
          <EmptyState title="No themes match" description="Try another name, or show all themes." />
        ) : (
          <EmptyState
            title="No themes yet"
            description="This scope has no themes to show."
            action={
              <Link to={withScope(paths.themeNew.href(), org)} className={buttonStyles('primary')}>
                Create a theme
              </Link>
            }
          />
        )
      }
    />
  );
}
