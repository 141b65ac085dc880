import type { QueryClient } from '@tanstack/react-query';
import type { Asset, Brand } from '@contract';
import type { BrandPages } from './brands-cache';
import { brandQueries } from './brands-queries';
import { findCachedAsset, matchesFilters, type AssetPages } from './assets-cache';
import { assetQueries, type AssetFilters } from './assets-queries';
import { applyOptimistic } from './optimistic';

/**
 * Where an asset sits: the two fields a move changes. Every cache that lists assets by brand
 * (filtered library lists, a brand's embedded `assets`) follows them.
 */
export type AssetPlacement = Pick<Asset, 'brand_id' | 'usage_mode'>;

/** Newest first, as the API lists assets; the id breaks ties so the order is total. */
function comesBefore(a: Asset, b: Asset): boolean {
  if (a.created_at !== b.created_at) return a.created_at > b.created_at;
  return a.id > b.id;
}

/** `items` with `asset` at its place in the order; the same array when it is already there. */
function insertSorted(items: readonly Asset[], asset: Asset): Asset[] {
  const at = items.findIndex((item) => comesBefore(asset, item));
  const next = [...items];
  next.splice(at === -1 ? items.length : at, 0, asset);
  return next;
}

/**
 * Puts a moved asset into one paged list it now belongs to. It goes where the API would list
 * it among the loaded pages; when the list holds a deeper window (earlier pages dropped) and the
 * asset sorts before it, it is left for the refetch. Past the last loaded item it still goes on
 * the last page, so a drop always shows the card in its target.
 */
function insertIntoPages(data: AssetPages, asset: Asset): AssetPages {
  const pages = data.pages;
  if (pages.length === 0) return data;
  const firstItem = pages[0]?.data[0];
  if (data.pageParams[0]?.offset !== 0 && firstItem && comesBefore(asset, firstItem)) return data;
  let target = pages.length - 1;
  for (let index = 0; index < pages.length; index += 1) {
    const tail = pages[index]?.data.at(-1);
    if (!tail || comesBefore(asset, tail)) {
      target = index;
      break;
    }
  }
  return {
    ...data,
    pages: pages.map((page, index) => (index === target ? { ...page, data: insertSorted(page.data, asset) } : page)),
  };
}

function pagesHold(data: AssetPages, id: string): boolean {
  return data.pages.some((page) => page.data.some((asset) => asset.id === id));
}

function removeFrom(data: AssetPages, id: string): AssetPages {
  return {
    ...data,
    pages: data.pages.map((page) =>
      page.data.some((asset) => asset.id === id) ? { ...page, data: page.data.filter((a) => a.id !== id) } : page,
    ),
  };
}

/** The scope of a cached asset: the `org` of a list that holds it (the asset object names none). */
export function findAssetScope(client: QueryClient, id: string): string | undefined | null {
  for (const query of client.getQueryCache().findAll({ queryKey: assetQueries.infinites() })) {
    const data = query.state.data as AssetPages | undefined;
    if (data && pagesHold(data, id)) return (query.queryKey[2] as AssetFilters | undefined)?.org;
  }
  return null;
}

/** A brand's embedded `assets` with the asset in or out, as its new brand_id says. */
function brandWith(brand: Brand, asset: Asset): Brand {
  const held = brand.assets.some((a) => a.id === asset.id);
  if (asset.brand_id === brand.id) {
    return held ? brand : { ...brand, assets: insertSorted(brand.assets, asset) };
  }
  return held ? { ...brand, assets: brand.assets.filter((a) => a.id !== asset.id) } : brand;
}

/**
 * Shows `asset` at `placement` in every cache at once, synchronously: its detail and every copy
 * in place (through applyOptimistic, which also reaches a brand's embedded assets), then the
 * memberships: out of every list and brand it no longer belongs to, into every list (under each
 * filter of its scope) and brand it now belongs to. Idempotent: a second call changes nothing.
 * `fallback` is the asset as last seen, for when no cached list or detail holds it any more.
 */
export function placeAsset(
  client: QueryClient,
  id: string,
  placement: AssetPlacement,
  { org, fallback }: { org: string | undefined | null; fallback?: Asset },
): void {
  applyOptimistic<Asset>(client, {
    scan: [assetQueries.all(), brandQueries.all()],
    kind: 'asset',
    match: (asset) =>
      asset.id === id && (asset.brand_id !== placement.brand_id || asset.usage_mode !== placement.usage_mode),
    update: (asset) => ({ ...asset, ...placement }),
  });
  const known = findCachedAsset(client, id) ?? fallback;
  if (!known) return;
  const asset: Asset = { ...known, ...placement };

  for (const query of client.getQueryCache().findAll({ queryKey: assetQueries.infinites() })) {
    const data = query.state.data as AssetPages | undefined;
    const filters = query.queryKey[2] as AssetFilters | undefined;
    if (!data || !filters) continue;
    const held = pagesHold(data, id);
    // An unknown scope (null) matches no list: the asset is only taken out, never put in.
    const belongs = org !== null && matchesFilters(asset, org, filters);
    if (held && !belongs) client.setQueryData<AssetPages>(query.queryKey, removeFrom(data, id));
    else if (!held && belongs) client.setQueryData<AssetPages>(query.queryKey, insertIntoPages(data, asset));
  }

  for (const query of client.getQueryCache().findAll({ queryKey: brandQueries.details() })) {
    const brand = query.state.data as Brand | undefined;
    if (!brand) continue;
    const next = brandWith(brand, asset);
    if (next !== brand) client.setQueryData<Brand>(query.queryKey, next);
  }
  for (const query of client.getQueryCache().findAll({ queryKey: brandQueries.infinites() })) {
    const data = query.state.data as BrandPages | undefined;
    if (!data) continue;
    let changed = false;
    const pages = data.pages.map((page) => {
      const brands = page.data.map((brand) => brandWith(brand, asset));
      if (brands.every((brand, index) => brand === page.data[index])) return page;
      changed = true;
      return { ...page, data: brands };
    });
    if (changed) client.setQueryData<BrandPages>(query.queryKey, { ...data, pages });
  }
}
