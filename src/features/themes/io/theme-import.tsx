import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate, type To } from 'react-router';
import { toast } from 'sonner';
import { useCreateTheme } from '@/api/themes';
import { errorMessage } from '@/components/ui/error-state';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { paths } from '@/config/paths';
import { useDraft } from '@/hooks/use-draft';
import { ExportPanel } from './export-panel';
import { ImportReviewForm } from './import-review-form';
import { importTheme } from './import-theme';
import type { ImportFormat, ImportIssue } from './import-result';
import { reviewDefaults, type ImportReviewInput, type ImportReviewValues } from './import-schema';
import { ImportSourceForm } from './import-source-form';
import { COLOR_TOKENS } from './theme-draft';

interface ImportDraft {
  text: string;
  format: ImportFormat | 'auto';
  stage: 'source' | 'review';
  /** The review form as last typed; null means "start from what the import found". */
  values: ImportReviewInput | null;
}
const EMPTY: ImportDraft = { text: '', format: 'auto', stage: 'source', values: null };

/**
 * Importing a theme: the text (pasted or a file), then the mapping review, then POST /v1/themes
 * and on to the new theme's editor. Everything typed is kept in the tab's draft store, so a failed
 * create, a 401 round trip or a reload loses nothing.
 */
export function ThemeImport({ org }: { org: string | undefined }) {
  const navigate = useNavigate();
  const create = useCreateTheme();
  const [draft, setDraft, clearDraft] = useDraft<ImportDraft>(`theme-import:${org ?? 'personal'}`, EMPTY);
  const [sourceIssues, setSourceIssues] = useState<ImportIssue[]>([]);
  const [leaveTo, setLeaveTo] = useState<To | null>(null);
  useEffect(() => {
    if (leaveTo) navigate(leaveTo);
  }, [leaveTo, navigate]);
  const result = useMemo(() => importTheme(draft.text, draft.format), [draft.text, draft.format]);

  const review = () => {
    const found = COLOR_TOKENS.some((t) => result.tokens[t].status !== 'missing');
    if (!found) {
      // Nothing to review: stay with the text and say why, line by line.
      setSourceIssues(result.issues.length > 0 ? result.issues : [{ line: null, message: 'No theme colour was found in this text.' }]);
      return;
    }
    setSourceIssues([]);
    setDraft((d) => ({ ...d, stage: 'review', values: null }));
  };
  const onValuesChange = useCallback((values: ImportReviewInput) => setDraft((d) => ({ ...d, values })), [setDraft]);

  const onSubmit = async (values: ImportReviewValues) => {
    const theme = await create.mutateAsync({ ...values, ...(org ? { org_id: org } : {}) });
    clearDraft();
    toast.success(`Created “${theme.name}”`);
    setLeaveTo({ pathname: paths.theme.href(theme.id), search: org ? `?${new URLSearchParams({ org }).toString()}` : '' });
  };

  return (
    <>
      {draft.stage === 'review' ? (
        <ImportReviewForm
          key={`${draft.text.length}:${draft.format}`}
          result={result}
          defaultValues={draft.values ?? reviewDefaults(result)}
          onSubmit={onSubmit}
          isPending={create.isPending}
          onBack={() => setDraft((d) => ({ ...d, stage: 'source', values: null }))}
          onValuesChange={onValuesChange}
          onUnexpectedError={(error) =>
            toast.error('The theme was not created', { description: `${errorMessage(error)} Your import is still here.` })
          }
          renderCannotSave={(values) => (
            <ExportPanel
              draft={{ name: values.name, font_primary: values.font_primary, font_secondary: values.font_secondary, colors: values.colors }}
            />
          )}
        />
      ) : (
        <ImportSourceForm
          text={draft.text}
          format={draft.format}
          onTextChange={(text) => {
            setSourceIssues([]);
            setDraft((d) => ({ ...d, text }));
          }}
          onFormatChange={(format) => setDraft((d) => ({ ...d, format }))}
          onReview={review}
          issues={sourceIssues}
        />
      )}
      <UnsavedChangesGuard
        when={(draft.stage === 'review' || create.isPending) && leaveTo === null}
        what="the theme you are importing"
        onDiscard={clearDraft}
      />
    </>
  );
}
