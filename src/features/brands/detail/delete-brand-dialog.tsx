import type { Brand } from '@contract';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';

interface DeleteBrandDialogProps {
  brand: Brand;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onConfirm: () => void;
}

/** Asks before deleting and lists exactly which assets the delete will unlink (not delete). */
export function DeleteBrandDialog({ brand, open, onOpenChange, onConfirm }: DeleteBrandDialogProps) {
  const count = brand.assets.length;
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete “${brand.name}”?`}
      description={
        count === 0
          ? 'No assets are linked to this brand. You can undo for 10 seconds afterwards.'
          : `${count === 1 ? 'This asset' : `These ${count} assets`} will be unlinked from the brand. They stay in your asset library. You can undo for 10 seconds afterwards.`
      }
      confirmLabel="Delete brand"
      destructive
      onConfirm={onConfirm}
    >
      {count > 0 ? (
        // Focusable because it may scroll: keyboard users must be able to scroll it too.
        <ul
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
          aria-label="Assets that will be unlinked"
          className="max-h-48 list-disc overflow-y-auto rounded-md border py-2 pr-3 pl-8 text-sm"
        >
          {brand.assets.map((asset) => (
            <li key={asset.id}>{asset.name}</li>
          ))}
        </ul>
      ) : null}
    </ConfirmDialog>
  );
}
