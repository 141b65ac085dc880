import type { Asset } from '@contract';
import { sameApartFrom, samePropsApartFrom } from '@/lib/same-apart-from';

/**
 * Whether two copies of an asset differ at most in `brand_id`. A move between brands makes a new
 * asset object with the same other fields (arrays included), and the parts of a card that show
 * no brand can skip that render; the parts that do read the brand from CardBrandContext.
 */
export function sameApartFromBrand(a: Asset, b: Asset): boolean {
  return sameApartFrom(a, b, 'brand_id');
}

/** memo's comparator for props that hold one `asset`: the asset apart from its brand, the rest identical. */
export function samePropsApartFromBrand<P extends { asset: Asset }>(a: P, b: P): boolean {
  return samePropsApartFrom(a, b, 'asset', 'brand_id');
}
