import type { Brand } from '@contract';
import { samePropsApartFrom } from '@/lib/same-apart-from';

/**
 * memo's comparator for a section of a brand's page that shows none of its assets: a move on the
 * page's lanes changes only the brand's embedded `assets`, and such a section skips that render.
 */
export function samePropsApartFromAssets<P extends { brand: Brand }>(a: P, b: P): boolean {
  return samePropsApartFrom(a, b, 'brand', 'assets');
}
