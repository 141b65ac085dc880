import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { brandQueries, usePendingBrandDeletes } from '@/api/brands';
import { buttonStyles } from '@/components/ui/button-styles';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { InfiniteListFooter } from '@/components/ui/infinite-list-footer';
import { paths } from '@/config/paths';
import { BrandCard } from './brand-card';
import { BrandCardSkeleton } from './brand-card-skeleton';
import { scopedTo } from '../scoped-to';

const GRID = 'grid gap-4 sm:grid-cols-2 lg:grid-cols-3';
const SKELETONS = 6;

function Skeletons({ count }: { count: number }) {
  return Array.from({ length: count }, (_, index) => (
    <li key={`skeleton-${index}`} aria-hidden="true">
      <BrandCardSkeleton />
    </li>
  ));
}

/**
 * The brands of one scope as a grid, newest first, 20 at a time: the sentinel asks for the next
 * page well before the end, and a "Load more" button does the same by hand. Brands deleted in
 * this tab stay hidden while their undo window runs.
 */
export function BrandList({ org }: { org: string | undefined }) {
  const query = useInfiniteQuery(brandQueries.infinite({ org }));
  const hidden = usePendingBrandDeletes();

  if (query.isPending) {
    return (
      <section aria-busy="true" aria-label="Brands">
        <p role="status" className="sr-only">
          Loading brands…
        </p>
        <ul className={GRID}>
          <Skeletons count={SKELETONS} />
        </ul>
      </section>
    );
  }

  // A failed next page keeps the pages already shown; only a failed first page replaces the grid.
  if (!query.data) {
    return (
      <ErrorState
        title="The brands could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }

  const brands = query.data.pages.flatMap((page) => page.data).filter((brand) => !hidden.has(brand.id));
  if (brands.length === 0 && !query.hasNextPage) {
    return (
      <EmptyState
        title="No brands yet"
        description="A brand holds a theme, an instruction for the AI and the assets it may use. Create the first one for this scope."
        action={
          <Link to={scopedTo(paths.brandNew.href(), org)} className={buttonStyles('primary')}>
            Create brand
          </Link>
        }
      />
    );
  }

  return (
    <section aria-label="Brands" className="flex flex-col gap-6">
      <ul className={GRID}>
        {brands.map((brand) => (
          <li key={brand.id}>
            <BrandCard brand={brand} org={org} />
          </li>
        ))}
        {query.isFetchingNextPage ? <Skeletons count={3} /> : null}
      </ul>
      <InfiniteListFooter query={query} noun="brands" />
    </section>
  );
}
