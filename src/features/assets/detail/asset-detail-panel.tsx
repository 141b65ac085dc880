import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { assetQueries, findCachedAsset } from '@/api/assets';
import { isApiError } from '@/api/client';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { paths } from '@/config/paths';
import { AssetEdit } from '../forms/asset-edit';
import { AssetFacts } from './asset-facts';
import { AssetPreview } from './asset-preview';
import { DeleteAssetButton } from './delete-asset-button';
import { readFilters } from '../library-params';
import { SidePanel } from './side-panel';
import { TYPE_LABELS } from '../format';
import { UsageBadge } from '@/components/ui/usage-badge';
import { useScopeBrands } from '../use-scope-brands';

/**
 * /assets/:id: the asset's preview, facts, edit form and delete, in a panel over the grid. The
 * list's copy of the asset shows at once while the fresh one loads. Closing it (Escape, ×, a click
 * outside, Back) with unsaved edits asks first: closing is a navigation, which the guard holds.
 */
export function AssetDetailPanel({ id }: { id: string }) {
  const navigate = useNavigate();
  const location = useLocation();
  const client = useQueryClient();
  const org = readFilters(new URLSearchParams(location.search)).org;
  const brands = useScopeBrands(org);
  const query = useQuery({ ...assetQueries.detail(id), placeholderData: () => findCachedAsset(client, id) });
  const close = () => void navigate({ pathname: paths.assets.href(), search: location.search });
  const [unsaved, setUnsaved] = useState(false);
  // Set once the asset is deleted: the guard stands down first, then the panel closes (see the effect).
  const [deleted, setDeleted] = useState(false);
  useEffect(() => {
    if (deleted) void navigate({ pathname: paths.assets.href(), search: location.search });
  }, [deleted, navigate, location.search]);
  const asset = query.data;
  const brandName = asset?.brand_id ? (brands.names.get(asset.brand_id) ?? null) : null;

  if (!asset) {
    return (
      <SidePanel onClose={close} title={query.isError ? 'Asset not available' : 'Loading asset…'}>
        {query.isError ? (
          <ErrorState
            title={
              isApiError(query.error) && query.error.status === 404
                ? 'This asset no longer exists'
                : 'The asset could not load'
            }
            error={query.error}
            onRetry={isApiError(query.error) && query.error.status === 404 ? undefined : () => void query.refetch()}
            retrying={query.isFetching}
            actions={
              <Button variant="ghost" onClick={close}>
                Back to the library
              </Button>
            }
          />
        ) : (
          <div role="status" aria-label="Loading asset" className="flex flex-col gap-4">
            <Skeleton className="h-72 w-full" />
            <Skeleton className="h-32 w-full" />
          </div>
        )}
      </SidePanel>
    );
  }

  return (
    <>
      <SidePanel onClose={close} title={asset.name}>
        <AssetPreview asset={asset} />
        <div className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
          {TYPE_LABELS[asset.type]}
          <UsageBadge mode={asset.usage_mode} />
          <span>{asset.brand_id ? `Linked to ${brandName ?? 'a brand'}` : 'Not linked to a brand'}</span>
        </div>
        {query.isError ? (
          <p role="alert" className="text-sm text-destructive">
            Showing the copy from the list: the latest version could not load.
          </p>
        ) : null}
        <AssetFacts asset={asset} />
        <section aria-labelledby={`${id}-edit`} className="flex flex-col gap-3 border-t pt-6">
          <h3 id={`${id}-edit`} className="text-lg font-semibold">
            Edit
          </h3>
          {/* Keyed by asset: the form starts from this asset and keeps typed text through refetches. */}
          <AssetEdit key={asset.id} asset={asset} brands={brands.brands} org={org} onUnsavedChange={setUnsaved} />
        </section>
        <section aria-labelledby={`${id}-delete`} className="flex flex-col items-start gap-3 border-t pt-6">
          <h3 id={`${id}-delete`} className="text-lg font-semibold">
            Delete
          </h3>
          <DeleteAssetButton asset={asset} brandName={brandName} onScheduled={() => setDeleted(true)} />
        </section>
      </SidePanel>
      {/* Beside the panel, not inside it: Escape in the question must not also reach the panel. */}
      <UnsavedChangesGuard
        when={unsaved && !deleted}
        title={`Discard your changes to ${asset.name}?`}
        description="Your edits to this asset have not been saved. If you close it now, they will be lost."
        cancelLabel="Keep editing"
        confirmLabel="Discard"
      />
    </>
  );
}
