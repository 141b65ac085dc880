import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths, normalizeHex, Theme, type ThemeCreate, type ThemeUpdate } from '@contract';
import { apiFetch } from './client';
import { brandQueries } from './brands-queries';
import type { OptimisticHandle } from './optimistic';
import { cachedThemeIds, insertCreatedTheme, removeThemeFromCaches, updateThemeInCaches } from './themes-cache';
import { themeQueries } from './themes-queries';
import { reconcileCreatedTheme } from './themes-reconcile';
import { CREATE_RETRY, mutationScope, sendDelete, WRITE_RETRY } from './write-policy';

/**
 * POST /v1/themes. Not safe to repeat (write-policy.ts): after an ambiguous failure it looks for
 * the theme in the newest page instead of sending it again. `body.org_id` picks the scope.
 */
export function useCreateTheme() {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: [...themeQueries.all(), 'create'],
    mutationFn: async (body: ThemeCreate): Promise<Theme> => {
      const startedAt = Date.now();
      const knownIds = cachedThemeIds(qc);
      try {
        return await apiFetch(apiPaths.themes.list, { method: 'POST', body, schema: Theme });
      } catch (error) {
        const found = await reconcileCreatedTheme(error, body, startedAt, knownIds);
        if (found) return found;
        throw error;
      }
    },
    ...CREATE_RETRY,
    onSuccess: (theme, body) => {
      insertCreatedTheme(qc, theme, body.org_id);
      void qc.invalidateQueries({ queryKey: themeQueries.infinites() });
      void qc.invalidateQueries({ queryKey: themeQueries.lists() });
    },
  });
}

export interface UpdateThemeVariables {
  /** Only what the user changed (see lib/theme-diff.ts): PATCH merges colours token by token. */
  patch: ThemeUpdate;
}

/** The theme as it will look once the patch is saved; updated_at stays the server's. */
function optimisticTheme(theme: Theme, patch: ThemeUpdate): Theme {
  const next: Theme = { ...theme, colors: { ...theme.colors } };
  if (patch.name !== undefined) next.name = patch.name;
  if (patch.font_primary !== undefined) next.font_primary = patch.font_primary;
  if (patch.font_secondary !== undefined) next.font_secondary = patch.font_secondary;
  for (const [token, value] of Object.entries(patch.colors ?? {})) {
    if (value !== undefined) next.colors[token as keyof Theme['colors']] = normalizeHex(value);
  }
  return next;
}

/**
 * PATCH one theme, shown at once in every cached copy: the theme queries and every brand that
 * embeds it, so pages of brands that use it change without a reload. Rolled back on failure.
 */
export function useUpdateTheme(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: [...themeQueries.all(), 'update', id],
    scope: mutationScope.theme(id),
    mutationFn: ({ patch }: UpdateThemeVariables) =>
      apiFetch(apiPaths.themes.detail(id), { method: 'PATCH', body: patch, schema: Theme }),
    ...WRITE_RETRY,
    onMutate: async ({ patch }): Promise<{ change: OptimisticHandle<Theme> }> => {
      // A read in flight could land after the optimistic write and undo it.
      await qc.cancelQueries({ queryKey: themeQueries.all() });
      await qc.cancelQueries({ queryKey: brandQueries.all() });
      return { change: updateThemeInCaches(qc, id, (theme) => optimisticTheme(theme, patch)) };
    },
    onError: (_error, _variables, context) => context?.change.rollback(),
    onSuccess: (theme) => {
      qc.setQueryData(themeQueries.detail(id).queryKey, theme);
      updateThemeInCaches(qc, id, () => theme);
    },
    // Not awaited, like brand updates: the save's outcome must not wait for a refresh.
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: themeQueries.all() });
      void qc.invalidateQueries({ queryKey: brandQueries.all() });
    },
  });
}

/**
 * DELETE one custom theme. Confirmed first rather than deferred: the API refuses (409) while a
 * brand uses the theme, and that refusal must be explained while nothing has changed yet. A 404
 * means already gone (write-policy.ts). The caches change only after the server agreed.
 */
export function useDeleteTheme(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: [...themeQueries.all(), 'delete', id],
    scope: mutationScope.theme(id),
    mutationFn: () => sendDelete(apiPaths.themes.detail(id)),
    ...WRITE_RETRY,
    onSuccess: () => removeThemeFromCaches(qc, id),
    // Lists only: the deleted theme's detail must not be asked for again (a 404) by the page
    // that is still showing it until the caller navigates away.
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: themeQueries.lists() });
      void qc.invalidateQueries({ queryKey: themeQueries.infinites() });
    },
  });
}
