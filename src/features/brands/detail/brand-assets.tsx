import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Asset, Brand } from '@contract';
import { assetQueries } from '@/api/assets';
import { AssetThumbnail } from '@/components/assets/asset-thumbnail';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { LoadMoreSentinel } from '@/components/ui/load-more-sentinel';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { scopedTo } from '../scoped-to';
import { UsageBadge } from '@/components/ui/usage-badge';

const GRID = 'grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5';

function AssetTile({ asset, org }: { asset: Asset; org: string | undefined }) {
  return (
    <li className="relative flex flex-col gap-2 rounded-lg border bg-card p-2">
      <AssetThumbnail asset={asset} className="aspect-square w-full" />
      <Link
        to={scopedTo(paths.asset.href(asset.id), org)}
        className="truncate text-sm font-medium after:absolute after:inset-0"
      >
        {asset.name}
      </Link>
      <span className="self-start">
        <UsageBadge mode={asset.usage_mode} />
      </span>
    </li>
  );
}

/**
 * The assets linked to the brand, from GET /v1/assets?brand_id= (20 at a time, infinite scroll).
 * Assets are listed per scope and the brand object does not name its scope: if the list of the
 * URL's scope comes back empty while the brand says it has linked assets (a link without
 * `?org=`), the brand's own embedded list, which holds every linked asset, is shown instead.
 */
export function BrandAssets({ brand, org }: { brand: Brand; org: string | undefined }) {
  const query = useInfiniteQuery(assetQueries.infinite({ org, brand_id: brand.id }));

  let body;
  if (query.isPending) {
    body = (
      <ul className={GRID} aria-busy="true">
        {Array.from({ length: Math.min(Math.max(brand.assets.length, 1), 10) }, (_, index) => (
          <li key={index} aria-hidden="true">
            <Skeleton className="aspect-[3/4] w-full" />
          </li>
        ))}
      </ul>
    );
  } else if (!query.data) {
    body = (
      <ErrorState
        title="The linked assets could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  } else {
    const listed = query.data.pages.flatMap((page) => page.data);
    const assets = listed.length === 0 && !query.hasNextPage ? brand.assets : listed;
    body =
      assets.length === 0 ? (
        <p className="rounded-md border border-dashed p-4 text-sm text-muted-foreground">
          No assets are linked to this brand. Link them from the asset library.
        </p>
      ) : (
        <>
          <ul className={GRID}>
            {assets.map((asset) => (
              <AssetTile key={asset.id} asset={asset} org={org} />
            ))}
          </ul>
          <LoadMoreSentinel
            onVisible={() => void query.fetchNextPage()}
            disabled={!query.hasNextPage || query.isFetchingNextPage || query.isFetchNextPageError}
          />
          {query.isFetchNextPageError ? (
            <ErrorState
              title="More assets could not be loaded"
              error={query.error}
              onRetry={() => void query.fetchNextPage()}
            />
          ) : query.hasNextPage ? (
            <Button
              variant="outline"
              className="self-center"
              onClick={() => void query.fetchNextPage()}
              disabled={query.isFetchingNextPage}
            >
              {query.isFetchingNextPage ? 'Loading more assets…' : 'Load more assets'}
            </Button>
          ) : null}
        </>
      );
  }

  return (
    <section aria-labelledby="assets-heading" className="flex flex-col gap-3">
      <h2 id="assets-heading" className="text-xl font-semibold">
        Linked assets <span className="text-base font-normal text-muted-foreground">({brand.assets.length})</span>
      </h2>
      {body}
    </section>
  );
}
