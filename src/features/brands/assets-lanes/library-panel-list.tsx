import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { AssetType, Brand } from '@contract';
import { assetQueries } from '@/api/assets';
import { ErrorState } from '@/components/ui/error-state';
import { InfiniteListFooter } from '@/components/ui/infinite-list-footer';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { scopedTo } from '../scoped-to';
import { BrandAssetCard } from './brand-asset-card';
import { PANEL_DROP_ID } from './lane-labels';
import type { useBrandMoves } from './use-brand-moves';

interface LibraryPanelListProps {
  brand: Brand;
  org: string | undefined;
  type: AssetType | undefined;
  others: boolean;
  brandNames: ReadonlyMap<string, string>;
  moves: ReturnType<typeof useBrandMoves>;
}

/**
 * The scope's assets that could join this brand: unassigned ones, or with `others` every asset
 * not already linked to it (each card says which brand it is linked to). Paged by `after`.
 */
export function LibraryPanelList({ brand, org, type, others, brandNames, moves }: LibraryPanelListProps) {
  // Every loaded page kept: a plain list, not a window (see assetQueries.whole).
  const query = useInfiniteQuery(assetQueries.whole(others ? { org, type } : { org, type, unassigned: true }));
  if (query.isPending) {
    return (
      <ul className="flex flex-col gap-2" aria-busy="true">
        {Array.from({ length: 5 }, (_, index) => (
          <li key={index} aria-hidden="true">
            <Skeleton className="h-16 w-full" />
          </li>
        ))}
      </ul>
    );
  }
  if (!query.data) {
    return (
      <ErrorState
        title="The library could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  const assets = query.data.pages.flatMap((page) => page.data).filter((asset) => asset.brand_id !== brand.id);
  return (
    <>
      {assets.length === 0 && !query.hasNextPage ? (
        <p className="rounded-md border border-dashed p-3 text-sm text-muted-foreground">
          {others ? 'Every asset in this scope is linked to this brand.' : 'No unassigned assets. '}
          <Link to={scopedTo(paths.assets.href(), org)} className="underline underline-offset-2">
            Add assets in the library
          </Link>
          {others ? null : ', or include assets linked to other brands.'}
        </p>
      ) : (
        <ul className="flex flex-col gap-2">
          {assets.map((asset) => (
            <BrandAssetCard
              key={asset.id}
              asset={asset}
              brandId={brand.id}
              brandName={brand.name}
              org={org}
              source={PANEL_DROP_ID}
              otherBrandName={asset.brand_id ? brandNames.get(asset.brand_id) : undefined}
              moves={moves}
            />
          ))}
        </ul>
      )}
      <InfiniteListFooter query={query} noun="library assets" />
    </>
  );
}
