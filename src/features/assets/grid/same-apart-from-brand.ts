import type { Asset } from '@contract';

/**
 * Whether two copies of an asset differ at most in `brand_id`. A move between brands makes a new
 * asset object with the same other fields (arrays included), and the parts of a card that show
 * no brand can skip that render; the parts that do read the brand from CardBrandContext.
 */
export function sameApartFromBrand(a: Asset, b: Asset): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as Array<keyof Asset>;
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => key === 'brand_id' || a[key] === b[key]);
}

/** memo's comparator for props that hold one `asset`: the asset apart from its brand, the rest identical. */
export function samePropsApartFromBrand<P extends { asset: Asset }>(a: P, b: P): boolean {
  for (const key of Object.keys(a) as Array<keyof P>) {
    if (key !== 'asset' && a[key] !== b[key]) return false;
  }
  return Object.keys(a).length === Object.keys(b).length && sameApartFromBrand(a.asset, b.asset);
}
