import { useMemo } from 'react';
import type { Brand } from '@contract';

export type BrandChoice = Pick<Brand, 'id' | 'name'>;

/**
 * The brands' names by id, and the brands as id-and-name choices, both kept while no id or name
 * changes: a move of an asset changes brands' embedded assets, and new ones would re-render
 * every card and picker that takes them for nothing (B4).
 */
export function useBrandNameIndex(brands: readonly BrandChoice[]) {
  const key = brands.map((b) => `${b.id}\u0000${b.name}`).join('\u0001');
  return useMemo(
    () => ({
      names: new Map(brands.map((b) => [b.id, b.name])) as ReadonlyMap<string, string>,
      choices: brands.map(({ id, name }): BrandChoice => ({ id, name })),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );
}
