import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams, type To } from 'react-router';
import { toast } from 'sonner';
import { useCreateBrand } from '@/api/brands';
import { organizationQueries } from '@/api/organizations';
import { themeQueries } from '@/api/themes';
import { Button } from '@/components/ui/button';
import { errorMessage } from '@/components/ui/error-state';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { paths } from '@/config/paths';
import { useDraft } from '@/hooks/use-draft';
import { BrandForm } from './brand-form';
import type { BrandFormValues } from './brand-schemas';
import { scopedTo } from '../scoped-to';
import type { ThemeSlots } from '../slots';

const DRAFT_KEY = 'brand-new';
const EMPTY_DRAFT = { name: '', ai_instruction: '' };

/** The scope's name as the scope switcher shows it. */
function useScopeName(org: string | undefined): string {
  const organizations = useQuery({ ...organizationQueries.list(), enabled: org !== undefined });
  if (org === undefined) return 'Personal';
  const known = organizations.data?.data.find((organization) => organization.id === org);
  if (known) return known.name;
  return organizations.isPending ? 'the chosen organization' : `an organization this key cannot open (${org})`;
}

/**
 * Creating a brand in the current scope. The chosen theme and the theme search live in the URL
 * (`?theme=`, `?theme_q=`), so the live preview beside the form survives a reload. Below `xl`,
 * where the preview comes after the form, a compact preview sticks to the top of the window.
 */
export function CreateBrand({
  org,
  renderThemePicker,
  renderThemePreview,
  renderThemeSummary,
}: ThemeSlots & { org: string | undefined }) {
  const navigate = useNavigate();
  const create = useCreateBrand();
  const [params, setParams] = useSearchParams();
  const themeId = params.get('theme') ?? '';
  const themes = useQuery(themeQueries.list({ org }));
  const chosen = themes.data?.find((theme) => theme.id === themeId) ?? null;
  const [dirty, setDirty] = useState(false);
  // The typed text survives a 401 (sign in again, come back) and a reload of this tab.
  const [draft, setDraft, clearDraft] = useDraft(DRAFT_KEY, EMPTY_DRAFT);
  const [leaveTo, setLeaveTo] = useState<To | null>(null);
  useEffect(() => {
    // `created` tells the brand's page that it was just made (it then focuses its title).
    if (leaveTo) navigate(leaveTo, { state: { created: true } });
  }, [leaveTo, navigate]);
  const scopeName = useScopeName(org);
  const previewRef = useRef<HTMLHeadingElement>(null);
  const showFullPreview = () => {
    previewRef.current?.scrollIntoView({ block: 'start' });
    previewRef.current?.focus({ preventScroll: true });
  };

  const setParam = useCallback(
    (key: string, value: string) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true, preventScrollReset: true },
      ),
    [setParams],
  );

  const onSubmit = async (values: BrandFormValues) => {
    const brand = await create.mutateAsync({
      name: values.name,
      theme_id: values.theme_id,
      ...(values.ai_instruction ? { ai_instruction: values.ai_instruction } : {}),
      ...(org ? { org_id: org } : {}),
    });
    clearDraft();
    toast.success(`Created “${brand.name}”`);
    setLeaveTo(scopedTo(paths.brand.href(brand.id), org));
  };

  return (
    <div className="grid grid-cols-1 items-start gap-8 xl:grid-cols-2">
      <div
        data-compact-preview=""
        className="sticky top-0 z-10 -mx-4 -mb-4 flex min-h-14 items-center gap-3 border-b bg-background px-4 py-2 xl:hidden"
      >
        {chosen ? (
          <>
            {renderThemeSummary(chosen)}
            <Button variant="outline" size="sm" onClick={showFullPreview}>
              Full preview
            </Button>
          </>
        ) : (
          <p className="text-sm text-muted-foreground">No theme chosen yet: its colours and fonts will show here.</p>
        )}
      </div>
      <BrandForm
        defaultValues={{ name: draft.name, theme_id: themeId, ai_instruction: draft.ai_instruction }}
        onTextChange={setDraft}
        onSubmit={onSubmit}
        isPending={create.isPending}
        submitLabel="Create brand"
        org={org}
        themeSearch={params.get('theme_q') ?? ''}
        onThemeSearchChange={(search) => setParam('theme_q', search)}
        onThemeChange={(id) => setParam('theme', id)}
        renderThemePicker={renderThemePicker}
        onUnexpectedError={(error) =>
          toast.error('The brand was not created', {
            description: `${errorMessage(error)} Your input is still in the form.`,
          })
        }
        onDirtyChange={setDirty}
        submitNote={`Will be created in ${scopeName}.`}
      />
      <section aria-labelledby="preview-heading" className="flex flex-col gap-4 xl:sticky xl:top-4">
        {/* Focusable from "Full preview" (not a tab stop), with room above it for the sticky strip. */}
        <h2 id="preview-heading" ref={previewRef} tabIndex={-1} className="scroll-mt-20 text-xl font-semibold">
          {chosen ? `Preview: ${chosen.name}` : 'Preview'}
        </h2>
        {chosen ? (
          renderThemePreview(chosen)
        ) : (
          <p className="rounded-md border border-dashed p-4 text-sm text-muted-foreground">
            Choose a theme to see its colours, fonts and a sample page here.
          </p>
        )}
      </section>
      <UnsavedChangesGuard
        when={(dirty || create.isPending) && leaveTo === null}
        what="the brand you started"
        onDiscard={clearDraft}
      />
    </div>
  );
}
