import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { Brand, BrandList } from '@contract';
import { brandQueries } from './brands-queries';
import { applyOptimistic, type OptimisticHandle } from './optimistic';

/**
 * Cache plumbing for the brand mutation hooks: one brand lives in its detail entry and in any
 * number of infinite list pages (one list per scope).
 */

export type BrandPages = InfiniteData<BrandList, string | undefined>;

const listsData = (qc: QueryClient) => qc.getQueriesData<BrandPages>({ queryKey: brandQueries.infinites() });

/** Applies `update` to the brand wherever it is cached; the handle puts every copy back. */
export function updateBrandInCaches(
  qc: QueryClient,
  id: string,
  update: (brand: Brand) => Brand,
): OptimisticHandle<Brand> {
  return applyOptimistic<Brand>(qc, { scan: [brandQueries.all()], kind: 'brand', match: (b) => b.id === id, update });
}

export function removeBrandFromLists(qc: QueryClient, id: string): void {
  qc.setQueriesData<BrandPages>({ queryKey: brandQueries.infinites() }, (data) =>
    data
      ? { ...data, pages: data.pages.map((page) => ({ ...page, data: page.data.filter((brand) => brand.id !== id) })) }
      : data,
  );
}

/**
 * The scope (`org`) of the list a brand was seen in: undefined for personal, null when no cached
 * list holds it. The Brand object itself does not say which scope it belongs to.
 */
export function findBrandScope(qc: QueryClient, id: string): string | undefined | null {
  for (const [key, data] of listsData(qc)) {
    if (data?.pages.some((page) => page.data.some((brand) => brand.id === id))) {
      const filters = key[2] as { org?: string } | undefined;
      return filters?.org;
    }
  }
  return null;
}

/** Every brand id any cached list holds. */
export function cachedBrandIds(qc: QueryClient): Set<string> {
  const ids = new Set<string>();
  for (const [, data] of listsData(qc)) {
    for (const page of data?.pages ?? []) for (const brand of page.data) ids.add(brand.id);
  }
  return ids;
}
