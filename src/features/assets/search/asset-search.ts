import type { Asset } from '@contract';
import type { AssetFilters } from '@/api/assets';

/** Words of a query, lower case; every word must appear somewhere in the asset. */
export function searchTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * True when every word of the query is part of the asset's name, slug, category or one of its
 * tags (case-insensitive). The API has no search, so this runs over the pages the browser holds.
 */
export function matchesSearch(
  asset: Pick<Asset, 'name' | 'slug' | 'category' | 'tags'>,
  terms: readonly string[],
): boolean {
  if (terms.length === 0) return true;
  const haystack = [asset.name, asset.slug, asset.category ?? '', ...asset.tags].join('\n').toLowerCase();
  return terms.every((term) => haystack.includes(term));
}

/** Whether the API's list for these filters would still hold the asset (the scope aside). */
export function matchesFilters(asset: Pick<Asset, 'type' | 'brand_id'>, filters: AssetFilters): boolean {
  if (filters.type && asset.type !== filters.type) return false;
  if (filters.brand_id) return asset.brand_id === filters.brand_id;
  if (filters.unassigned) return asset.brand_id === null;
  return true;
}

/**
 * The assets searched so far, in list order and without repeats: the loaded pages, then what a
 * "keep searching" walk read after them.
 */
export function searchedAssets(loaded: readonly Asset[], walked: readonly Asset[]): Asset[] {
  if (walked.length === 0) return [...loaded];
  const seen = new Set(loaded.map((a) => a.id));
  return [...loaded, ...walked.filter((a) => !seen.has(a.id))];
}
