import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Brand } from '@contract';
import { themeQueries } from '@/api/themes';
import type { InstructionKit } from '@/lib/instruction-check';

/**
 * The kit an instruction is checked against: the brand's theme and linked assets, plus the
 * scope's other themes (so their names and fonts are recognised). The theme list is fetched only
 * while the instruction is edited (it walks every page); otherwise whatever is cached is used
 * (the theme picker fills it), and fonts and "the … palette" are recognised without it.
 */
export function useInstructionKit(brand: Brand, org: string | undefined, editing: boolean): InstructionKit {
  const themes = useQuery({ ...themeQueries.list({ org }), enabled: editing });
  return useMemo(
    () => ({
      brandName: brand.name,
      theme: brand.theme,
      assets: brand.assets,
      otherThemes: themes.data,
    }),
    [brand.name, brand.theme, brand.assets, themes.data],
  );
}
