import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths, Brand, type BrandCreate, type BrandUpdate, type Theme } from '@contract';
import { apiFetch } from './client';
import { cachedBrandIds, updateBrandInCaches } from './brands-cache';
import { brandQueries } from './brands-queries';
import { reconcileCreatedBrand } from './brands-reconcile';
import type { OptimisticHandle } from './optimistic';
import { CREATE_RETRY, mutationScope, WRITE_RETRY } from './write-policy';

export { brandPageUrl, brandQueries } from './brands-queries';
export { useDeleteBrand, usePendingBrandDeletes } from './brands-delete';

/**
 * POST is not safe to repeat (see write-policy.ts). After an ambiguous failure (no answer, 5xx)
 * it looks for the brand in the list instead of sending again.
 */
export function useCreateBrand() {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: [...brandQueries.all(), 'create'],
    mutationFn: async (body: BrandCreate) => {
      const startedAt = Date.now();
      const knownIds = cachedBrandIds(qc);
      try {
        return await apiFetch(apiPaths.brands.list, { method: 'POST', body, schema: Brand });
      } catch (error) {
        const found = await reconcileCreatedBrand(error, body, startedAt, knownIds);
        if (found) return found;
        throw error;
      }
    },
    ...CREATE_RETRY,
    onSuccess: (brand) => {
      qc.setQueryData(brandQueries.detail(brand.id).queryKey, brand);
      return qc.invalidateQueries({ queryKey: brandQueries.infinites() });
    },
  });
}

interface UpdateBrandVariables {
  /** Only the fields the user changed, so concurrent edits of other fields survive. */
  patch: BrandUpdate;
  /** The chosen theme, shown at once while a theme_id change is saved. */
  theme?: Theme;
}

/**
 * PATCH one brand with an optimistic update of every cached copy, rolled back if the save fails.
 * Safe to repeat, so it retries by the write rule; writes to one brand run one after another.
 */
export function useUpdateBrand(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: [...brandQueries.all(), 'update', id],
    scope: mutationScope.brand(id),
    mutationFn: ({ patch }: UpdateBrandVariables) =>
      apiFetch(apiPaths.brands.detail(id), { method: 'PATCH', body: patch, schema: Brand }),
    ...WRITE_RETRY,
    onMutate: async ({ patch, theme }): Promise<{ change: OptimisticHandle<Brand> }> => {
      // A read in flight could land after the optimistic write and undo it.
      await qc.cancelQueries({ queryKey: brandQueries.all() });
      return { change: updateBrandInCaches(qc, id, (brand) => optimisticBrand(brand, patch, theme)) };
    },
    onError: (_error, _variables, context) => context?.change.rollback(),
    onSuccess: (brand) => void updateBrandInCaches(qc, id, () => brand),
    // Not awaited: the save's outcome (and the editor's rollback) must not wait for a refresh
    // that may hang while the server is down.
    onSettled: () => void qc.invalidateQueries({ queryKey: brandQueries.all() }),
  });
}

/** The brand as it will look once the patch is saved; updated_at stays the server's. */
export function optimisticBrand(brand: Brand, patch: BrandUpdate, theme?: Theme): Brand {
  const next: Brand = { ...brand };
  if (patch.name !== undefined) next.name = patch.name;
  if (patch.ai_instruction !== undefined) next.ai_instruction = patch.ai_instruction;
  if (patch.theme_id !== undefined) {
    next.theme_id = patch.theme_id;
    next.theme = theme && theme.id === patch.theme_id ? theme : brand.theme;
  }
  return next;
}
