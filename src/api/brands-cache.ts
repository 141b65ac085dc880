import type { InfiniteData, QueryClient, QueryKey } from '@tanstack/react-query';
import type { Brand, BrandList } from '@contract';

/**
 * Pure cache plumbing for the brand mutation hooks: one brand lives in its detail entry and in
 * any number of infinite list pages (one list per scope), and an optimistic write must touch all
 * of them and be able to put all of them back.
 */

const DETAIL = (id: string) => ['brands', 'detail', id] as const;
const INFINITE = ['brands', 'infinite'] as const;

export type BrandPages = InfiniteData<BrandList, string | undefined>;
export type CacheSnapshot = Array<[QueryKey, unknown]>;

function mapPages(data: BrandPages | undefined, fn: (brand: Brand) => Brand | null): BrandPages | undefined {
  if (!data) return data;
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      data: page.data.flatMap((brand) => {
        const next = fn(brand);
        return next ? [next] : [];
      }),
    })),
  };
}

/** Everything the brand's writes may change, to put back if the write fails. */
export function snapshotBrand(qc: QueryClient, id: string): CacheSnapshot {
  return [[DETAIL(id), qc.getQueryData(DETAIL(id))], ...qc.getQueriesData<BrandPages>({ queryKey: INFINITE })];
}

export function restoreSnapshot(qc: QueryClient, snapshot: CacheSnapshot): void {
  for (const [key, data] of snapshot) qc.setQueryData(key, data);
}

/** Applies `update` to the brand wherever it is cached. */
export function updateBrandInCaches(qc: QueryClient, id: string, update: (brand: Brand) => Brand): void {
  qc.setQueryData<Brand>(DETAIL(id), (brand) => (brand ? update(brand) : brand));
  qc.setQueriesData<BrandPages>({ queryKey: INFINITE }, (data) =>
    mapPages(data, (brand) => (brand.id === id ? update(brand) : brand)),
  );
}

export function removeBrandFromLists(qc: QueryClient, id: string): void {
  qc.setQueriesData<BrandPages>({ queryKey: INFINITE }, (data) =>
    mapPages(data, (brand) => (brand.id === id ? null : brand)),
  );
}

/**
 * The scope (`org`) of the list a brand was seen in: undefined for personal, null when no cached
 * list holds it. The Brand object itself does not say which scope it belongs to.
 */
export function findBrandScope(qc: QueryClient, id: string): string | undefined | null {
  for (const [key, data] of qc.getQueriesData<BrandPages>({ queryKey: INFINITE })) {
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
  for (const [, data] of qc.getQueriesData<BrandPages>({ queryKey: INFINITE })) {
    for (const page of data?.pages ?? []) for (const brand of page.data) ids.add(brand.id);
  }
  return ids;
}
