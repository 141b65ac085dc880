import { use } from 'react';
import { CardBrandContext } from './card-brand-context';

/** The card's brand, or "Unassigned", from CardBrandContext. */
export function CardBrandChip() {
  const { brandId, brandName } = use(CardBrandContext);
  return brandId ? (
    <span className="w-fit max-w-full truncate rounded-full border border-primary/30 bg-primary/10 px-2 text-xs text-primary">
      {brandName ?? 'Linked brand'}
    </span>
  ) : (
    <span className="text-xs text-muted-foreground">Unassigned</span>
  );
}
