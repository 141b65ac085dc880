import { memo } from 'react';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import { useCreateAsset } from '@/api/assets';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { paths } from '@/config/paths';
import { AddAssetForm } from './add-asset-form';
import { EMPTY_ADD_ASSET, toCreateBody } from './asset-form-schemas';
import type { BrandChoices } from '../use-scope-brands';

interface AddAssetDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  org: string | undefined;
  brands: BrandChoices;
  knownTags: readonly string[];
}

/**
 * Adds an asset from an https:// address in the current scope; the new asset lands at the top of
 * the grid. Memoised: closed, it has nothing to show for a drop or a page of assets.
 */
export const AddAssetDialog = memo(function AddAssetDialog({
  open,
  onOpenChange,
  org,
  brands,
  knownTags,
}: AddAssetDialogProps) {
  const create = useCreateAsset();
  const navigate = useNavigate();
  return (
    <ModalDialog
      open={open}
      onOpenChange={(next) => {
        // Closing mid-request would hide the outcome; the request itself cannot be taken back.
        if (!next && create.isPending) return;
        onOpenChange(next);
      }}
      title="Add an asset"
      description="NextDocs fetches the file from its address and keeps a copy. Images (PNG, JPEG, GIF, WebP, SVG) and videos (MP4, WebM) up to 25 MB."
      size="md"
    >
      <AddAssetForm
        defaultValues={EMPTY_ADD_ASSET}
        brands={brands.brands}
        knownTags={knownTags}
        isPending={create.isPending}
        onCancel={() => onOpenChange(false)}
        onSubmit={async (values) => {
          const asset = await create.mutateAsync({ org, body: toCreateBody(values) });
          onOpenChange(false);
          toast.success(`Added “${asset.name}”`, {
            action: {
              label: 'View',
              onClick: () => void navigate({ pathname: paths.asset.href(asset.id), search: window.location.search }),
            },
          });
        }}
      />
    </ModalDialog>
  );
});
