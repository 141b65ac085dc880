import { useEffect } from 'react';
import type { Theme } from '@contract';
import { isBundledFont } from '@/lib/fonts-catalog';
import { loadFont } from '@/lib/fonts';

/**
 * Loads the bundled families a visible theme names, once each. Until a file arrives the text
 * shows in the fallback stack (font-display: swap); a failed load is not fatal either.
 */
export function useThemeFonts(theme: Pick<Theme, 'font_primary' | 'font_secondary'> | null | undefined): void {
  const primary = theme?.font_primary ?? null;
  const secondary = theme?.font_secondary ?? null;
  useEffect(() => {
    for (const name of [primary, secondary]) {
      if (name && isBundledFont(name)) loadFont(name).catch(() => undefined);
    }
  }, [primary, secondary]);
}
