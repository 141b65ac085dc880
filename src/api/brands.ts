import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths, Brand, BrandList, withQuery, type BrandCreate, type BrandUpdate, type Theme } from '@contract';
import { apiFetch, isApiError } from './client';
import { firstBrandPageUrl, startFirstBrandPage, takeFirstBrandPage } from './brands-early';
import {
  cachedBrandIds,
  restoreSnapshot,
  snapshotBrand,
  updateBrandInCaches,
  type CacheSnapshot,
} from './brands-cache';
import { reconcileCreatedBrand } from './brands-reconcile';
import { retryDelay, retryWrite } from './write-policy';

export { useDeleteBrand, usePendingBrandDeletes } from './brands-delete';

/** `org` undefined means the personal scope. */
export interface BrandScope {
  org?: string;
}

export const BRAND_PAGE_SIZE = 20;

export const brandQueries = {
  all: () => ['brands'] as const,
  lists: () => [...brandQueries.all(), 'list'] as const,
  infinites: () => [...brandQueries.all(), 'infinite'] as const,
  infinite: ({ org }: BrandScope) =>
    infiniteQueryOptions({
      queryKey: [...brandQueries.infinites(), { org }] as const,
      queryFn: async ({ signal, pageParam }) => {
        const early =
          pageParam === undefined ? await takeFirstBrandPage(firstBrandPageUrl(org, BRAND_PAGE_SIZE)) : null;
        return (
          early ??
          apiFetch(withQuery(apiPaths.brands.list, { limit: BRAND_PAGE_SIZE, after: pageParam, org_id: org }), {
            schema: BrandList,
            signal,
          })
        );
      },
      initialPageParam: undefined as string | undefined,
      // The API returns no cursor: the next page starts after the last id received.
      getNextPageParam: (last) => (last.has_more ? last.data.at(-1)?.id : undefined),
    }),
  details: () => [...brandQueries.all(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...brandQueries.details(), id] as const,
      queryFn: ({ signal }) => apiFetch(apiPaths.brands.detail(id), { schema: Brand, signal }),
    }),
};

/** For the /brands route loader: start the landing page's first request early (see brands-early.ts). */
export function prefetchBrandListEarly(org: string | undefined): void {
  startFirstBrandPage(org, BRAND_PAGE_SIZE);
}

/** Writes to one brand share a scope, so React Query runs them one after another (G5). */
export const brandMutationScope = (id: string) => `brand:${id}`;

/**
 * POST is not safe to repeat: it retries only on 429, which means "not processed" (G5). After an
 * ambiguous failure (no answer, 5xx) it looks for the brand in the list instead of sending again.
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
    retry: (count, error) => count < 2 && isApiError(error) && error.status === 429,
    retryDelay,
    onSuccess: (brand) => {
      qc.setQueryData(brandQueries.detail(brand.id).queryKey, brand);
      return qc.invalidateQueries({ queryKey: brandQueries.infinites() });
    },
  });
}

export interface UpdateBrandVariables {
  /** Only the fields the user changed (G5: dirty fields only, so concurrent edits of other fields survive). */
  patch: BrandUpdate;
  /** The chosen theme, shown at once while a theme_id change is saved. */
  theme?: Theme;
}

/**
 * PATCH one brand with an optimistic update of every cached copy, rolled back if the save fails.
 * Safe to repeat, so it retries twice on 5xx, network errors and 429.
 */
export function useUpdateBrand(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: [...brandQueries.all(), 'update', id],
    scope: { id: brandMutationScope(id) },
    mutationFn: ({ patch }: UpdateBrandVariables) =>
      apiFetch(apiPaths.brands.detail(id), { method: 'PATCH', body: patch, schema: Brand }),
    retry: retryWrite,
    retryDelay,
    onMutate: async ({ patch, theme }): Promise<{ snapshot: CacheSnapshot }> => {
      // A read in flight could land after the optimistic write and undo it.
      await qc.cancelQueries({ queryKey: brandQueries.all() });
      const snapshot = snapshotBrand(qc, id);
      updateBrandInCaches(qc, id, (brand) => optimisticBrand(brand, patch, theme));
      return { snapshot };
    },
    onError: (_error, _variables, context) => {
      if (context) restoreSnapshot(qc, context.snapshot);
    },
    onSuccess: (brand) => updateBrandInCaches(qc, id, () => brand),
    onSettled: () => qc.invalidateQueries({ queryKey: brandQueries.all() }),
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
