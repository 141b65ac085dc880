import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useSearchParams, type To } from 'react-router';
import { toast } from 'sonner';
import { useCreateBrand } from '@/api/brands';
import { themeQueries } from '@/api/themes';
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

/**
 * Creating a brand in the current scope. The chosen theme and the theme search live in the URL
 * (`?theme=`, `?theme_q=`), so the live preview beside the form survives a reload.
 */
export function CreateBrand({ org, renderThemePicker, renderThemePreview }: ThemeSlots & { org: string | undefined }) {
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
    if (leaveTo) navigate(leaveTo);
  }, [leaveTo, navigate]);

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
    <div className="grid items-start gap-8 xl:grid-cols-2">
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
      />
      <section aria-labelledby="preview-heading" className="flex flex-col gap-4 xl:sticky xl:top-4">
        <h2 id="preview-heading" className="text-xl font-semibold">
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
