import { useRef } from 'react';
import { Link } from 'react-router';
import type { Brand } from '@contract';
import { isApiError } from '@/api/api-error';
import { Button } from '@/components/ui/button';
import { errorMessage } from '@/components/ui/error-state';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { paths } from '@/config/paths';
import { withScope } from '../studio-href';

interface DeleteThemeDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  themeName: string;
  org: string | undefined;
  /** The brands seen using the theme; `complete` false: only the loaded brands were checked. */
  brands: readonly Brand[];
  complete: boolean;
  deleting: boolean;
  error: unknown;
  onConfirm: () => void;
}

/**
 * Deleting a custom theme: names the brands that use it first. The API refuses (409) while any
 * brand uses it; that answer is explained here, and nothing has changed.
 */
export function DeleteThemeDialog(props: DeleteThemeDialogProps) {
  const { open, onOpenChange, themeName, org, brands, complete, deleting, error, onConfirm } = props;
  const cancelRef = useRef<HTMLButtonElement>(null);
  const inUse = isApiError(error) && error.status === 409;
  return (
    <ModalDialog
      open={open}
      onOpenChange={onOpenChange}
      alert
      size="sm"
      initialFocus={cancelRef}
      title={`Delete ${themeName}?`}
      description="A deleted theme cannot be brought back."
    >
      {brands.length > 0 ? (
        <div className="flex flex-col gap-1 text-sm">
          <p>{brands.length === 1 ? 'This brand uses it:' : `These ${brands.length} brands use it:`}</p>
          <ul className="list-disc pl-5">
            {brands.map((brand) => (
              <li key={brand.id}>
                <Link to={withScope(paths.brand.href(brand.id), org)} className="underline underline-offset-4">
                  {brand.name}
                </Link>
              </li>
            ))}
          </ul>
          <p className="text-muted-foreground">Give them another theme first: the API keeps a theme that is in use.</p>
        </div>
      ) : (
        <p className="text-sm">
          {complete ? 'No brand uses it.' : 'None of the brands loaded uses it; the API checks the others.'}
        </p>
      )}
      {error ? (
        <div role="alert" className="rounded-md border border-destructive/40 p-3 text-sm">
          {inUse ? (
            <>
              <p className="font-semibold">The theme was not deleted: a brand still uses it.</p>
              <p>
                The API refuses to delete a theme while any brand uses it (409 Conflict), so that no brand is left
                without one. Nothing has changed. Switch those brands to another theme, then delete it.
              </p>
            </>
          ) : (
            <p>The theme was not deleted. {errorMessage(error)}</p>
          )}
        </div>
      ) : null}
      <div className="flex flex-wrap justify-end gap-3">
        <Button ref={cancelRef} variant="outline" onClick={() => onOpenChange(false)}>
          {error ? 'Close' : 'Cancel'}
        </Button>
        <Button variant="destructive" onClick={onConfirm} disabled={deleting}>
          {deleting ? 'Deleting…' : 'Delete theme'}
        </Button>
      </div>
    </ModalDialog>
  );
}
