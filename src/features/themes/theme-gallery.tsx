import { useInfiniteQuery } from '@tanstack/react-query';
import { themeQueries } from '@/api/themes';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { InfiniteListFooter } from '@/components/ui/infinite-list-footer';
import { ThemeCard } from './theme-card';
import { ThemeCardSkeleton } from './theme-card-skeleton';

const GRID = 'grid gap-4 sm:grid-cols-2 lg:grid-cols-3';

function Skeletons({ count }: { count: number }) {
  return Array.from({ length: count }, (_, index) => (
    <li key={`skeleton-${index}`} aria-hidden="true">
      <ThemeCardSkeleton />
    </li>
  ));
}

/**
 * The themes of one scope, read-only: custom themes newest first, then the system themes, 20 at
 * a time, loading the next page as the end comes near.
 */
export function ThemeGallery({ org }: { org: string | undefined }) {
  const query = useInfiniteQuery(themeQueries.infinite({ org }));

  if (query.isPending) {
    return (
      <section aria-busy="true" aria-label="Themes">
        <p role="status" className="sr-only">
          Loading themes…
        </p>
        <ul className={GRID}>
          <Skeletons count={6} />
        </ul>
      </section>
    );
  }

  // A failed next page keeps the pages already shown; only a failed first page replaces the grid.
  if (!query.data) {
    return (
      <ErrorState
        title="The themes could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }

  const themes = query.data.pages.flatMap((page) => page.data);
  if (themes.length === 0 && !query.hasNextPage) {
    return <EmptyState title="No themes yet" description="This scope has no themes to show." />;
  }

  return (
    <section aria-label="Themes" className="flex flex-col gap-6">
      <ul className={GRID}>
        {themes.map((theme) => (
          <li key={theme.id}>
            <ThemeCard theme={theme} />
          </li>
        ))}
        {query.isFetchingNextPage ? <Skeletons count={3} /> : null}
      </ul>
      <InfiniteListFooter query={query} noun="themes" />
    </section>
  );
}
