import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import type { Brand, Theme } from '@contract';
import { useDeleteTheme } from '@/api/themes';
import { paths } from '@/config/paths';
import { withScope } from '../studio-href';
import { DeleteThemeDialog } from './delete-theme-dialog';

interface ThemeDeleteControlProps {
  theme: Theme;
  org: string | undefined;
  brands: readonly Brand[];
  complete: boolean;
  /** The dialog's open state lives in the URL (`panel=delete`). */
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** The delete dialog with its mutation: gone, back to the gallery; refused, explained in place. */
export function ThemeDeleteControl({ theme, org, brands, complete, open, onOpenChange }: ThemeDeleteControlProps) {
  const remove = useDeleteTheme(theme.id);
  const navigate = useNavigate();
  return (
    <DeleteThemeDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) remove.reset();
        onOpenChange(next);
      }}
      themeName={theme.name}
      org={org}
      brands={brands}
      complete={complete}
      deleting={remove.isPending}
      error={remove.error}
      onConfirm={() =>
        remove.mutate(undefined, {
          onSuccess: () => {
            toast.success(`Deleted ${theme.name}`);
            void navigate(withScope(paths.themes.href(), org), { replace: true });
          },
        })
      }
    />
  );
}
