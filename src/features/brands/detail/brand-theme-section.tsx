import { useQuery } from '@tanstack/react-query';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { toast } from 'sonner';
import type { Brand } from '@contract';
import { useUpdateBrand } from '@/api/brands';
import { themeQueries } from '@/api/themes';
import { Button } from '@/components/ui/button';
import { CustomizeThemeLink } from './customize-theme-link';
import { errorMessage } from '@/components/ui/error-state';
import { SaveStatus } from '../forms/save-status';
import type { ThemeSlots } from '../slots';
import { BrandThemeEditor } from './brand-theme-editor';
import { useThemePanel } from './use-theme-panel';
import { samePropsApartFromAssets } from './same-apart-from-assets';

interface BrandThemeSectionProps extends ThemeSlots {
  brand: Brand;
  org: string | undefined;
  onUnsavedChange: (unsaved: boolean) => void;
}

/**
 * The brand's theme as a live preview. "Change theme" opens a picker beside the preview; the
 * theme chosen there is previewed at once, before anything is saved, and the heading says which
 * theme is saved and which one is only being previewed. Saving is optimistic, confirmed next to
 * the heading, and rolls back with a toast, reopening the picker on the theme the user chose.
 */
export const BrandThemeSection = memo(function BrandThemeSection({
  brand,
  org,
  onUnsavedChange,
  ...slots
}: BrandThemeSectionProps) {
  const panel = useThemePanel();
  const update = useUpdateBrand(brand.id);
  const themes = useQuery({ ...themeQueries.list({ org }), enabled: panel.open });
  const candidate =
    panel.candidateId && panel.candidateId !== brand.theme_id
      ? (themes.data?.find((theme) => theme.id === panel.candidateId) ?? null)
      : null;
  const saved = brand.theme;
  const shown = candidate ?? saved;
  // Set by a click on "Change theme": the editor then scrolls into view and focuses its search
  // (not when a reload or a link opens it: the page keeps the user's place then).
  const [arrive, setArrive] = useState(false);

  const unsaved = candidate !== null || update.isPending;
  useEffect(() => onUnsavedChange(unsaved), [unsaved, onUnsavedChange]);

  // When the editor closes (Save, Cancel, Escape, Back), focus goes to "Change theme" instead of
  // being dropped on <body> with the editor's removed elements.
  const wasOpen = useRef(false);
  useEffect(() => {
    if (panel.open) wasOpen.current = true;
  }, [panel.open]);
  const changeButtonRef = useCallback((button: HTMLButtonElement | null) => {
    if (!button || !wasOpen.current) return;
    wasOpen.current = false;
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) button.focus();
  }, []);

  const open = () => {
    if (!update.isPending) update.reset();
    setArrive(true);
    panel.openPanel();
  };

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

  const savedName = update.isSuccess ? (update.variables.theme?.name ?? null) : null;
  return (
    <section aria-labelledby="theme-heading" className="flex scroll-mt-2 flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="theme-heading" className="text-xl font-semibold">
          {saved ? `Theme: ${saved.name}` : 'Theme'}
          {candidate ? (
            <span className="font-normal text-muted-foreground">{` · previewing ${candidate.name}, not saved`}</span>
          ) : null}
        </h2>
        {panel.open ? null : (
          <div className="flex flex-wrap gap-2">
            {saved ? <CustomizeThemeLink brandId={brand.id} theme={saved} org={org} /> : null}
            <Button ref={changeButtonRef} variant="outline" size="sm" onClick={open}>
              Change theme
            </Button>
          </div>
        )}
      </div>
      <div className="flex min-h-5 flex-wrap gap-x-3">
        <SaveStatus mutation={update} what="theme" />
        <p role="status" className="text-sm font-medium">
          {savedName && !panel.open ? `Saved. This brand now uses ${savedName}.` : ''}
        </p>
      </div>
      {panel.open ? (
        <BrandThemeEditor
          {...slots}
          org={org}
          savedId={brand.theme_id}
          value={panel.candidateId ?? brand.theme_id}
          candidate={candidate}
          shown={shown}
          search={panel.search}
          onSearchChange={panel.setSearch}
          onChoose={(theme) => panel.choose(theme.id)}
          onSave={save}
          onCancel={panel.close}
          arrive={arrive}
        />
      ) : shown ? (
        slots.renderThemePreview(shown)
      ) : (
        <p className="rounded-md border border-dashed p-4 text-sm text-muted-foreground">
          This brand has no theme yet. Choose one with “Change theme”.
        </p>
      )}
    </section>
  );
}, samePropsApartFromAssets);
