import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';
import { DELETE_UNDO_MS, updateAssetNow, useDeferredAssetDelete } from '@/api/assets';
import type { Asset } from '@contract';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { errorMessage } from '@/components/ui/error-state';
import { deleteRefusal } from '../delete-messages';

interface DeleteAssetButtonProps {
  asset: Asset;
  brandName: string | null;
  /** Called once the delete is scheduled (the panel closes; the asset is hidden at once). */
  onScheduled: () => void;
}

/**
 * Delete with a confirmation, then an undo window: the asset disappears at once and is
 * deleted when the toast's Undo expires. A refusal brings it back with the reason in plain
 * words and, for a linked asset, "Unlink instead".
 */
export function DeleteAssetButton({ asset, brandName, onScheduled }: DeleteAssetButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const defer = useDeferredAssetDelete();
  const client = useQueryClient();

  const unlink = () =>
    updateAssetNow(client, asset.id, { brand_id: null }).then(
      () => toast.success(`Unlinked “${asset.name}” from ${brandName ?? 'its brand'}`),
      (error: unknown) => toast.error(`Could not unlink “${asset.name}”: ${errorMessage(error)}`),
    );

  const schedule = () => {
    setConfirming(false);
    const { undo } = defer([asset.id], {
      onDone: ({ failed }) => {
        const failure = failed[0];
        if (!failure) return;
        toast.error(deleteRefusal(failure.error, asset.name, asset.brand_id ? (brandName ?? 'a brand') : null), {
          duration: Infinity,
          action: asset.brand_id ? { label: 'Unlink instead', onClick: () => void unlink() } : undefined,
        });
      },
    });
    toast(`Deleted “${asset.name}”`, {
      duration: DELETE_UNDO_MS,
      action: {
        label: 'Undo',
        onClick: () => {
          if (undo()) toast.success(`“${asset.name}” was not deleted`);
        },
      },
    });
    onScheduled();
  };

  return (
    <>
      <Button variant="destructive" onClick={() => setConfirming(true)}>
        Delete asset
      </Button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Delete “${asset.name}”?`}
        description={
          asset.brand_id
            ? `It is linked to ${brandName ?? 'a brand'}. Deleting removes it from the brand and from NextDocs. You can undo for a few seconds.`
            : 'It is removed from NextDocs. You can undo for a few seconds.'
        }
        confirmLabel="Delete"
        destructive
        onConfirm={schedule}
      />
    </>
  );
}
