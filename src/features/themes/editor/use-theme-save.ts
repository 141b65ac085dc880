import { ThemeName, type Theme } from '@contract';
import { isApiError } from '@/api/api-error';
import { useCreateTheme, useUpdateTheme } from '@/api/themes';
import { errorMessage } from '@/components/ui/error-state';
import { createBody, isEmptyPatch, themePatch, type ThemeDraft } from '@/lib/theme-draft';

/** 404 or 405 to a theme write: the API has no such endpoint (the docs promise only GET). */
export function isUnsupportedWrite(error: unknown): boolean {
  return isApiError(error) && (error.status === 404 || error.status === 405);
}

interface SaveOptions {
  saved: Theme | null;
  baseline: ThemeDraft;
  org: string | undefined;
  onSaved: (theme: Theme, created: boolean) => void;
}

/**
 * Save for the editor: POST for a new theme, PATCH with only the changed fields and tokens for a
 * saved one. Sorts failures into what the page says: the name's own message (client check or
 * the server's 400 detail), "this API cannot save themes" (404/405), or the error's message.
 */
export function useThemeSave({ saved, baseline, org, onSaved }: SaveOptions) {
  const create = useCreateTheme();
  const update = useUpdateTheme(saved?.id ?? '');
  const mutation = saved ? update : create;
  const error = mutation.error;
  const unsupported = isUnsupportedWrite(error);
  const nameDetail =
    isApiError(error) && error.status === 400 ? error.details.find((d) => d.path === 'name')?.message : undefined;

  const save = (draft: ThemeDraft): string | null => {
    // The contract's own rule for names, checked before anything is sent.
    const name = ThemeName.safeParse(draft.name.trim());
    if (!name.success) return name.error.issues[0]?.message ?? 'Enter a name';
    if (saved) {
      const patch = themePatch(baseline, draft);
      if (isEmptyPatch(patch)) return null;
      update.mutate({ patch }, { onSuccess: (theme) => onSaved(theme, false) });
    } else {
      create.mutate(createBody(draft, org), { onSuccess: (theme) => onSaved(theme, true) });
    }
    return null;
  };

  return {
    save,
    saving: mutation.isPending,
    unsupported,
    nameError: nameDetail ?? '',
    /** Any other failure, as a sentence; empty when there is none. */
    failure: error && !unsupported && !nameDetail ? errorMessage(error) : '',
    reset: () => mutation.reset(),
  };
}
