import type { CSSProperties } from 'react';
import type { Theme } from '@contract';
import { themeToCssVars } from '@/lib/theme-to-css-vars';
import { FontNotices } from './font-notices';
import { SampleDocument } from './sample-document';
import { ThemeSwatches } from './theme-swatches';
import { useThemeFonts } from './use-theme-fonts';

/**
 * A theme shown as it would be used: the 13 swatches, its two fonts, and a sample document
 * styled only through --brand-* variables. The variables are set through React's style object
 * (CSSOM, allowed by the CSP) from themeToCssVars, which drops any value it cannot trust.
 */
export function ThemePreview({ theme }: { theme: Theme }) {
  useThemeFonts(theme);
  // Custom properties are not in CSSProperties' types; React sets them with style.setProperty.
  const vars = themeToCssVars(theme) as CSSProperties;
  return (
    <div style={vars} className="flex flex-col gap-6" data-theme-id={theme.id}>
      <FontNotices theme={theme} />
      <ThemeSwatches colors={theme.colors} />
      <SampleDocument />
    </div>
  );
}
