import { useInfiniteQuery } from '@tanstack/react-query';
import { USAGE_MODES, type Asset, type Brand, type UsageMode } from '@contract';
import { assetQueries } from '@/api/assets';
import { ErrorState } from '@/components/ui/error-state';
import { InfiniteListFooter } from '@/components/ui/infinite-list-footer';
import { Skeleton } from '@/components/ui/skeleton';
import { AssetLane } from './asset-lane';
import type { useBrandMoves } from './use-brand-moves';

const LANES = 'grid gap-3 md:grid-cols-3';

function byMode(assets: readonly Asset[]): Record<UsageMode, Asset[]> {
  const lanes: Record<UsageMode, Asset[]> = { always: [], maybe: [], never: [] };
  for (const asset of assets) lanes[asset.usage_mode].push(asset);
  return lanes;
}

/**
 * The brand's linked assets in three lanes by usage, from GET /v1/assets?brand_id= (the API has no
 * usage filter, so one paged list feeds all three; each lane's end asks for its next page, and
 * every loaded page is kept). The counts come from the brand's embedded assets, which hold every
 * linked asset. If the list of the URL's scope comes back empty while the brand has linked assets
 * (a link without `?org=`), the embedded list is shown instead.
 */
export function AssetLanes({ brand, org, moves }: { brand: Brand; org: string | undefined; moves: ReturnType<typeof useBrandMoves> }) {
  const query = useInfiniteQuery(assetQueries.whole({ org, brand_id: brand.id }));
  if (query.isPending) {
    return (
      <div className={LANES} aria-busy="true">
        {USAGE_MODES.map((mode) => (
          <Skeleton key={mode} className="h-64 w-full" />
        ))}
      </div>
    );
  }
  if (!query.data) {
    return (
      <ErrorState
        title="The linked assets could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  const listed = query.data.pages.flatMap((page) => page.data);
  const shown = byMode(listed.length === 0 && !query.hasNextPage ? brand.assets : listed);
  const counts = byMode(brand.assets);
  return (
    <div className={LANES}>
      {USAGE_MODES.map((mode) => (
        <AssetLane
          key={mode}
          mode={mode}
          brand={brand}
          org={org}
          assets={shown[mode]}
          count={Math.max(counts[mode].length, shown[mode].length)}
          moves={moves}
          footer={<InfiniteListFooter query={query} noun="linked assets" />}
        />
      ))}
    </div>
  );
}
