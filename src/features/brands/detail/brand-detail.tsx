import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, type To } from 'react-router';
import { toast } from 'sonner';
import type { Brand } from '@contract';
import { isApiError } from '@/api/api-error';
import { brandQueries, useDeleteBrand, usePendingBrandDeletes } from '@/api/brands';
import { UNDO_WINDOW_MS } from '@/api/brands-delete';
import { buttonStyles } from '@/components/ui/button-styles';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState, errorMessage } from '@/components/ui/error-state';
import { RefreshNotice } from '@/components/ui/refresh-notice';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { paths } from '@/config/paths';
import { removeDraft } from '@/lib/draft-store';
import { BrandAssets } from './brand-assets';
import { BrandDetailSkeleton } from './brand-detail-skeleton';
import { BrandHeader } from './brand-header';
import { BrandThemeSection } from './brand-theme-section';
import { DeleteBrandDialog } from './delete-brand-dialog';
import { InstructionSection } from '../forms/instruction-section';
import { scopedTo } from '../scoped-to';
import type { ThemeSlots } from '../slots';
import { brandFieldDraftKey } from '../forms/use-inline-edit';

type Part = 'header' | 'theme' | 'instruction';

interface BrandDetailProps extends ThemeSlots {
  id: string;
  org: string | undefined;
}

/** One brand: header, live theme preview, AI instruction, linked assets; every part editable in place. */
export function BrandDetail({ id, org, ...slots }: BrandDetailProps) {
  const query = useQuery(brandQueries.detail(id));
  const navigate = useNavigate();
  const { scheduleDelete, undoDelete } = useDeleteBrand();
  const pendingDeletes = usePendingBrandDeletes();
  const [unsaved, setUnsaved] = useState<Record<Part, boolean>>({ header: false, theme: false, instruction: false });
  const [confirmDelete, setConfirmDelete] = useState(false);
  // Set after a delete: the guard stands down first, then the page leaves (see the effect).
  const [leaveTo, setLeaveTo] = useState<To | null>(null);

  const report = useCallback(
    (part: Part, value: boolean) => setUnsaved((s) => (s[part] === value ? s : { ...s, [part]: value })),
    [],
  );
  const onHeader = useCallback((v: boolean) => report('header', v), [report]);
  const onTheme = useCallback((v: boolean) => report('theme', v), [report]);
  const onInstruction = useCallback((v: boolean) => report('instruction', v), [report]);
  const askToDelete = useCallback(() => setConfirmDelete(true), []);
  useEffect(() => {
    if (leaveTo) navigate(leaveTo);
  }, [leaveTo, navigate]);

  if (query.isPending) return <BrandDetailSkeleton />;
  if (query.isError && query.data === undefined) {
    const status = isApiError(query.error) ? query.error.status : 0;
    const back = (
      <Link to={scopedTo(paths.brands.href(), org)} className={buttonStyles('outline')}>
        Back to brands
      </Link>
    );
    if (status === 404 || status === 403) {
      return (
        <EmptyState
          title={status === 404 ? 'Brand not found' : 'No access to this brand'}
          description={status === 404 ? 'It may have been deleted.' : 'It belongs to a scope your API key cannot open.'}
          action={back}
        />
      );
    }
    return (
      <ErrorState
        title="The brand could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
        actions={back}
      />
    );
  }

  const brand = query.data;
  const deleteNow = (snapshot: Brand) => {
    setConfirmDelete(false);
    scheduleDelete(snapshot, {
      org,
      onFailed: (error) => toast.error(`“${snapshot.name}” was not deleted`, { description: errorMessage(error) }),
    });
    toast(`Deleted “${snapshot.name}”`, {
      duration: UNDO_WINDOW_MS,
      description: snapshot.assets.length ? `${snapshot.assets.length} assets were unlinked.` : undefined,
      action: {
        label: 'Undo',
        onClick: () =>
          void undoDelete(snapshot).then(
            (restored) => toast.success(`Restored “${restored.name}”`),
            (error: unknown) =>
              toast.error(`“${snapshot.name}” could not be restored`, { description: errorMessage(error) }),
          ),
      },
    });
    setLeaveTo(scopedTo(paths.brands.href(), org));
  };

  const anyUnsaved = unsaved.header || unsaved.theme || unsaved.instruction;
  return (
    <div className="flex flex-col gap-10">
      <title>{`${brand.name} · Brandkit Studio`}</title>
      <RefreshNotice query={query} />
      {pendingDeletes.has(brand.id) ? (
        <div
          role="status"
          className="flex flex-wrap items-center gap-3 rounded-md border border-warning/40 bg-warning/10 p-3 text-sm"
        >
          This brand is being deleted.
          <button type="button" className={buttonStyles('outline', 'sm')} onClick={() => void undoDelete(brand)}>
            Undo
          </button>
        </div>
      ) : null}
      <BrandHeader brand={brand} onUnsavedChange={onHeader} onDelete={askToDelete} />
      <BrandThemeSection brand={brand} org={org} onUnsavedChange={onTheme} {...slots} />
      <InstructionSection brand={brand} org={org} onUnsavedChange={onInstruction} />
      <BrandAssets brand={brand} org={org} />
      <DeleteBrandDialog
        brand={brand}
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        onConfirm={() => deleteNow(brand)}
      />
      <UnsavedChangesGuard
        when={anyUnsaved && leaveTo === null}
        what="your unsaved changes to this brand"
        onDiscard={() =>
          ['name', 'ai_instruction'].forEach((field) => removeDraft(brandFieldDraftKey(brand.id, field)))
        }
      />
    </div>
  );
}
