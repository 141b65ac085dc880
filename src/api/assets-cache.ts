import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { Asset, AssetList } from '@contract';
import { brandQueries } from './brands-queries';
import { assetQueries, type AssetFilters, type AssetPageParam } from './assets-queries';

export type AssetPages = InfiniteData<AssetList, AssetPageParam>;

function mapPages(data: AssetPages, fn: (items: Asset[]) => Asset[]): AssetPages {
  let changed = false;
  const pages = data.pages.map((page) => {
    const next = fn(page.data);
    if (next === page.data) return page;
    changed = true;
    return { ...page, data: next };
  });
  return changed ? { ...data, pages } : data;
}

export function replaceInPages(data: AssetPages, asset: Asset): AssetPages {
  return mapPages(data, (items) =>
    items.some((a) => a.id === asset.id) ? items.map((a) => (a.id === asset.id ? asset : a)) : items,
  );
}

export function removeFromPages(data: AssetPages, ids: ReadonlySet<string>): AssetPages {
  return mapPages(data, (items) => (items.some((a) => ids.has(a.id)) ? items.filter((a) => !ids.has(a.id)) : items));
}

/** Only a list showing its first page gets the new asset at the top; a deeper window is refetched instead. */
export function prependToPages(data: AssetPages, asset: Asset): AssetPages {
  const first = data.pages[0];
  if (!first || data.pageParams[0]?.offset !== 0) return data;
  if (data.pages.some((p) => p.data.some((a) => a.id === asset.id))) return replaceInPages(data, asset);
  return { ...data, pages: [{ ...first, data: [asset, ...first.data] }, ...data.pages.slice(1)] };
}

/** Whether an asset of scope `org` belongs in a list with these filters (the asset itself names no scope). */
export function matchesFilters(asset: Asset, org: string | undefined, filters: AssetFilters): boolean {
  if ((filters.org ?? undefined) !== (org ?? undefined)) return false;
  if (filters.type && asset.type !== filters.type) return false;
  if (filters.brand_id) return asset.brand_id === filters.brand_id;
  if (filters.unassigned) return asset.brand_id === null;
  return true;
}

export function findCachedAsset(client: QueryClient, id: string): Asset | undefined {
  const detail = client.getQueryData(assetQueries.detail(id).queryKey);
  if (detail) return detail;
  for (const [, data] of client.getQueriesData<AssetPages>({ queryKey: assetQueries.infinites() })) {
    for (const page of data?.pages ?? []) {
      const found = page.data.find((a) => a.id === id);
      if (found) return found;
    }
  }
  return undefined;
}

/** Writes one asset everywhere it is cached: its detail and every list page that holds it. */
export function writeCachedAsset(client: QueryClient, asset: Asset): void {
  client.setQueryData(assetQueries.detail(asset.id).queryKey, asset);
  client.setQueriesData<AssetPages>({ queryKey: assetQueries.infinites() }, (data) =>
    data ? replaceInPages(data, asset) : data,
  );
}

export function removeCachedAssets(client: QueryClient, ids: Iterable<string>): void {
  const set = new Set(ids);
  if (set.size === 0) return;
  for (const id of set) client.removeQueries({ queryKey: assetQueries.detail(id).queryKey, exact: true });
  client.setQueriesData<AssetPages>({ queryKey: assetQueries.infinites() }, (data) =>
    data ? removeFromPages(data, set) : data,
  );
}

export function insertCachedAsset(client: QueryClient, asset: Asset, org: string | undefined): void {
  client.setQueryData(assetQueries.detail(asset.id).queryKey, asset);
  for (const query of client.getQueryCache().findAll({ queryKey: assetQueries.infinites() })) {
    const filters = query.queryKey[2] as AssetFilters | undefined;
    if (!filters || !matchesFilters(asset, org, filters)) continue;
    client.setQueryData<AssetPages>(query.queryKey, (data) => (data ? prependToPages(data, asset) : data));
  }
}

/**
 * Lists refetch only their held pages (maxPages), so this stays cheap however far the user
 * scrolled. Brands embed their linked assets, so they follow any change of a link.
 */
export async function invalidateAssetLists(client: QueryClient, { brands = false } = {}): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: assetQueries.infinites() }),
    brands ? client.invalidateQueries({ queryKey: brandQueries.all() }) : undefined,
  ]);
}
