import { MutationObserver, type QueryClient } from '@tanstack/react-query';
import { apiPaths, Asset, Brand } from '@contract';
import { apiFetch, isApiError } from './client';
import { assetQueries } from './assets-queries';
import { brandQueries } from './brands-queries';
import { CREATE_RETRY, mutationScope, WRITE_RETRY } from './write-policy';

/**
 * Undo after a committed delete: create the brand again with the same name, theme and
 * instruction in the same scope, then link exactly the assets the delete unlinked (the delete
 * left their usage_mode alone, and relinking does not change it either). The new brand has a
 * new id; the caller navigates to it if needed.
 */
export async function recreateBrand(qc: QueryClient, brand: Brand, org: string | undefined): Promise<Brand> {
  if (!brand.theme_id) throw new Error('This brand had no theme, so it cannot be recreated.');
  const create = new MutationObserver(qc, {
    mutationFn: () =>
      apiFetch(apiPaths.brands.list, {
        method: 'POST',
        body: {
          name: brand.name,
          theme_id: brand.theme_id,
          ...(brand.ai_instruction !== null ? { ai_instruction: brand.ai_instruction } : {}),
          ...(org ? { org_id: org } : {}),
        },
        schema: Brand,
      }),
    ...CREATE_RETRY,
  });
  const created = await create.mutate(undefined);
  try {
    for (const asset of brand.assets) {
      const relink = new MutationObserver(qc, {
        mutationFn: () =>
          apiFetch(apiPaths.assets.detail(asset.id), {
            method: 'PATCH',
            body: { brand_id: created.id },
            schema: Asset,
          }),
        scope: mutationScope.asset(asset.id),
        ...WRITE_RETRY,
      });
      // An asset deleted in the meantime cannot be relinked; the others still are.
      await relink.mutate(undefined).catch((error: unknown) => {
        if (!(isApiError(error) && error.status === 404)) throw error;
      });
    }
  } finally {
    void qc.invalidateQueries({ queryKey: brandQueries.all() });
    void qc.invalidateQueries({ queryKey: assetQueries.all() });
  }
  return created;
}
