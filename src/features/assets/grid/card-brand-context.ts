import { createContext } from 'react';

export interface CardBrand {
  /** The asset's brand, null when unassigned. */
  brandId: string | null;
  /** Its name, null while unknown (not loaded) or unassigned. */
  brandName: string | null;
  /** The card link's accessible name, which names the brand. */
  label: string;
}

/**
 * What a grid card shows of its brand. A context, so a move between brands re-renders only the
 * few parts that show it (the brand chip, the link's name, an open menu), not the card's and
 * menu's Radix trees, which are memoised on the asset apart from its brand.
 */
export const CardBrandContext = createContext<CardBrand>({ brandId: null, brandName: null, label: '' });
