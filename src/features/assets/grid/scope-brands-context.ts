import { createContext } from 'react';
import type { Brand } from '@contract';

/**
 * The scope's brands for the cards' "Link to brand…" menus. A context, not a row prop: a move
 * changes the brands' embedded assets (a new array), and only an open menu needs to see that.
 */
export const ScopeBrandsContext = createContext<readonly Brand[]>([]);
