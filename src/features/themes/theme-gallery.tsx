import { useInfiniteQuery } from '@tanstack/react-query';
import { themeQueries } from '@/api/themes';
import { EmptyState } from '@/components/ui/empty-state';
import { PagedGrid } from '@/components/ui/paged-grid';
import { ThemeCard } from './theme-card';
import { ThemeCardSkeleton } from './theme-card-skeleton';

/**
 * The themes of one scope, read-only: custom themes newest first, then the system themes, 20 at
 * a time, loading the next page as the end comes near.
 */
export function ThemeGallery({ org }: { org: string | undefined }) {
  const query = useInfiniteQuery(themeQueries.infinite({ org }));
  return (
    <PagedGrid
      query={query}
      label="Themes"
      skeleton={<ThemeCardSkeleton />}
      renderItem={(theme) => <ThemeCard theme={theme} />}
      empty={<EmptyState title="No themes yet" description="This scope has no themes to show." />}
    />
  );
}
