import { ASSET_TYPES, isSafeId, type AssetType } from '@contract';
import type { AssetFilters } from '@/api/assets';

/**
 * The library's state in the URL, so a view can be reloaded, bookmarked and shared (and Back
 * undoes a filter change): `org`, `type`, `brand`, `unassigned=1`, the search `q`, and the selection `sel`
 * (asset ids, comma-separated, or `all` for everything matching the filters). Values that do
 * not parse are ignored rather than sent: a hand-edited URL can never make a request fail.
 */
export type Selection = { kind: 'ids'; ids: readonly string[] } | { kind: 'all' };

/** Keeps the URL a sane size; "Select all matching" covers anything bigger. */
export const MAX_SELECTED_IN_URL = 500;
const FILTER_KEYS = ['type', 'brand', 'unassigned'] as const;

export function readFilters(params: URLSearchParams): AssetFilters {
  const org = params.get('org') || undefined;
  const typeParam = params.get('type');
  const type = ASSET_TYPES.includes(typeParam as AssetType) ? (typeParam as AssetType) : undefined;
  const brandParam = params.get('brand');
  const brand_id = brandParam && isSafeId(brandParam) ? brandParam : undefined;
  // The API refuses a brand together with unassigned=true; the brand wins.
  const unassigned = !brand_id && params.get('unassigned') === '1' ? true : undefined;
  return { org, type, brand_id, unassigned };
}

export function readSelection(params: URLSearchParams): Selection {
  const raw = params.get('sel');
  if (raw === 'all') return { kind: 'all' };
  const ids = (raw ?? '').split(',').filter(isSafeId);
  return { kind: 'ids', ids: [...new Set(ids)].slice(0, MAX_SELECTED_IN_URL) };
}

/** The search text, at most 200 characters (it is only ever matched in the browser). */
export function readSearch(params: URLSearchParams): string {
  return (params.get('q') ?? '').slice(0, 200);
}

/** A search narrows what is shown but keeps the selection: the bar says how many it hides. */
export function withSearch(params: URLSearchParams, q: string): URLSearchParams {
  const next = new URLSearchParams(params);
  if (q.trim()) next.set('q', q);
  else next.delete('q');
  return next;
}

export function hasFilters(filters: AssetFilters): boolean {
  return Boolean(filters.type || filters.brand_id || filters.unassigned);
}

export interface FilterPatch {
  org?: string | null;
  type?: AssetType | null;
  brand_id?: string | null;
  unassigned?: boolean;
}

/** A filter change starts a new list, so the selection (made in the old one) is dropped. */
export function withFilters(params: URLSearchParams, patch: FilterPatch): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete('sel');
  const set = (key: string, value: string | null | undefined) => (value ? next.set(key, value) : next.delete(key));
  if (patch.org !== undefined) {
    set('org', patch.org);
    // Brands belong to one scope: a brand filter means nothing in another.
    next.delete('brand');
  }
  if (patch.type !== undefined) set('type', patch.type);
  if (patch.brand_id !== undefined) {
    set('brand', patch.brand_id);
    if (patch.brand_id) next.delete('unassigned');
  }
  if (patch.unassigned !== undefined) {
    set('unassigned', patch.unassigned ? '1' : null);
    if (patch.unassigned) next.delete('brand');
  }
  return next;
}

export function withoutFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of [...FILTER_KEYS, 'sel']) next.delete(key);
  return next;
}

export function withSelection(params: URLSearchParams, selection: Selection): URLSearchParams {
  const next = new URLSearchParams(params);
  if (selection.kind === 'all') next.set('sel', 'all');
  else if (selection.ids.length === 0) next.delete('sel');
  else next.set('sel', selection.ids.slice(0, MAX_SELECTED_IN_URL).join(','));
  return next;
}
