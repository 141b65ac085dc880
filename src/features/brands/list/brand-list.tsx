import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { brandQueries, usePendingBrandDeletes } from '@/api/brands';
import { buttonStyles } from '@/components/ui/button-styles';
import { EmptyState } from '@/components/ui/empty-state';
import { PagedGrid } from '@/components/ui/paged-grid';
import { paths } from '@/config/paths';
import { BrandCard } from './brand-card';
import { BrandCardSkeleton } from './brand-card-skeleton';
import { scopedTo } from '../scoped-to';

/**
 * The brands of one scope as a grid, newest first, 20 at a time: the sentinel asks for the next
 * page well before the end, and a "Load more" button does the same by hand. Brands deleted in
 * this tab stay hidden while their undo window runs.
 */
export function BrandList({ org }: { org: string | undefined }) {
  const query = useInfiniteQuery(brandQueries.infinite({ org }));
  return (
    <PagedGrid
      query={query}
      label="Brands"
      hidden={usePendingBrandDeletes()}
      skeleton={<BrandCardSkeleton />}
      renderItem={(brand) => <BrandCard brand={brand} org={org} />}
      empty={
        <EmptyState
          title="No brands yet"
          description="A brand holds a theme, an instruction for the AI and the assets it may use. Create the first one for this scope."
          action={
            <Link to={scopedTo(paths.brandNew.href(), org)} className={buttonStyles('primary')}>
              Create brand
            </Link>
          }
        />
      }
    />
  );
}
