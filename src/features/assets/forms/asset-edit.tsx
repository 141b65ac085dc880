import { useUpdateAsset } from '@/api/assets';
import type { Asset, Brand } from '@contract';
import { AssetEditForm } from './asset-edit-form';
import { editValuesOf } from './asset-form-schemas';
import { useKnownTags } from './use-known-tags';

interface AssetEditProps {
  asset: Asset;
  brands: readonly Brand[];
  org: string | undefined;
  onUnsavedChange?: (unsaved: boolean) => void;
}

/** The edit form's data side: the mutation (optimistic, rolled back on failure) and the tag suggestions. */
export function AssetEdit({ asset, brands, org, onUnsavedChange }: AssetEditProps) {
  const update = useUpdateAsset(asset.id);
  const knownTags = useKnownTags(org);
  return (
    <AssetEditForm
      defaultValues={editValuesOf(asset)}
      brands={brands}
      knownTags={knownTags}
      isPending={update.isPending}
      onSubmit={async (patch) => editValuesOf(await update.mutateAsync(patch))}
      onUnsavedChange={onUnsavedChange}
    />
  );
}
