import { createContext } from 'react';
import type { BrandChoice } from '@/lib/use-brand-name-index';

/**
 * The scope's brands for the cards' "Link to brand…" menus: ids and names, kept while those stay
 * (a move changes brands' embedded assets only). A new value makes React search the whole grid
 * for this context's readers, in the drop's task (B4).
 */
export const ScopeBrandsContext = createContext<readonly BrandChoice[]>([]);
