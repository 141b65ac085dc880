import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { toast } from 'sonner';
import type { Brand } from '@contract';
import { useUpdateBrand } from '@/api/brands';
import { themeQueries } from '@/api/themes';
import { Button } from '@/components/ui/button';
import { errorMessage } from '@/components/ui/error-state';
import { SaveStatus } from '../forms/save-status';
import type { ThemeSlots } from '../slots';
import { useThemePanel } from './use-theme-panel';

interface BrandThemeSectionProps extends ThemeSlots {
  brand: Brand;
  org: string | undefined;
  onUnsavedChange: (unsaved: boolean) => void;
}

/**
 * The brand's theme as a live preview. "Change theme" opens a picker; the theme chosen there is
 * previewed at once, before anything is saved. Saving is optimistic and rolls back with a toast,
 * reopening the picker on the theme the user chose.
 */
export function BrandThemeSection({
  brand,
  org,
  onUnsavedChange,
  renderThemePicker,
  renderThemePreview,
}: BrandThemeSectionProps) {
  const panel = useThemePanel();
  const update = useUpdateBrand(brand.id);
  const themes = useQuery({ ...themeQueries.list({ org }), enabled: panel.open });
  const candidate =
    panel.candidateId && panel.candidateId !== brand.theme_id
      ? (themes.data?.find((theme) => theme.id === panel.candidateId) ?? null)
      : null;
  const shown = candidate ?? brand.theme;

  const unsaved = candidate !== null || update.isPending;
  useEffect(() => onUnsavedChange(unsaved), [unsaved, onUnsavedChange]);

  const save = () => {
    if (!candidate) return;
    const chosen = candidate;
    panel.close();
    update.mutate(
      { patch: { theme_id: chosen.id }, theme: chosen },
      {
        onError: (error) => {
          panel.openPanel(chosen.id);
          toast.error('The theme was not changed', {
            description: `${errorMessage(error)} Your choice is still selected.`,
          });
        },
      },
    );
  };

  return (
    <section aria-labelledby="theme-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="theme-heading" className="text-xl font-semibold">
          Theme{shown ? `: ${shown.name}` : ''}
        </h2>
        {panel.open ? null : (
          <Button variant="outline" size="sm" onClick={() => panel.openPanel()}>
            Change theme
          </Button>
        )}
      </div>
      <SaveStatus mutation={update} what="theme" />
      {panel.open ? (
        <div className="flex flex-col gap-4 rounded-lg border bg-card p-4">
          {renderThemePicker({
            org,
            value: panel.candidateId ?? brand.theme_id,
            onChange: (theme) => panel.choose(theme.id),
            search: panel.search,
            onSearchChange: panel.setSearch,
            label: 'Choose a theme',
          })}
          <div className="flex flex-wrap items-center gap-3">
            <Button onClick={save} disabled={!candidate}>
              Save theme
            </Button>
            <Button variant="outline" onClick={panel.close}>
              Cancel
            </Button>
            <p role="status" className="text-sm text-muted-foreground">
              {candidate ? `Previewing ${candidate.name}. Not saved yet.` : 'Choose a theme to preview it below.'}
            </p>
          </div>
        </div>
      ) : null}
      {shown ? (
        renderThemePreview(shown)
      ) : (
        <p className="rounded-md border border-dashed p-4 text-sm text-muted-foreground">
          This brand has no theme yet. Choose one with “Change theme”.
        </p>
      )}
    </section>
  );
}
