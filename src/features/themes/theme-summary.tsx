import type { CSSProperties } from 'react';
import type { Theme } from '@contract';
import { ColorStrip } from '@/components/ui/color-strip';
import { fontInfo } from '@/lib/fonts-catalog';
import { themeToCssVars } from '@/lib/theme-to-css-vars';
import { stripColors } from './strip-colors';
import { useThemeFonts } from './use-theme-fonts';

/**
 * A theme in one compact row, for a sticky bar or a small screen: a sample "Aa" in its heading
 * font and colours, its name, its two fonts written in themselves, and its 13 colours.
 */
export function ThemeSummary({ theme }: { theme: Theme }) {
  useThemeFonts(theme);
  // Custom properties are not in CSSProperties' types; React sets them with style.setProperty.
  const vars = themeToCssVars(theme) as CSSProperties;
  const primary = fontInfo(theme.font_primary).name;
  const secondary = fontInfo(theme.font_secondary).name;
  return (
    <div style={vars} data-theme-summary={theme.id} className="flex min-w-0 flex-1 items-center gap-3">
      <span
        aria-hidden="true"
        className="flex size-10 shrink-0 items-center justify-center rounded-md border border-(color:--brand-border) bg-(color:--brand-primary) font-(family-name:--brand-font-primary) text-lg font-bold text-(color:--brand-text-on-primary)"
      >
        Aa
      </span>
      <span className="flex min-w-0 flex-1 flex-col gap-1">
        <span className="truncate text-sm">
          <span className="font-semibold">{theme.name}</span>
          <span className="text-muted-foreground">
            {' · '}
            <span className="font-(family-name:--brand-font-primary)">{primary ?? 'No heading font'}</span>
            {' / '}
            <span className="font-(family-name:--brand-font-secondary)">{secondary ?? 'No body font'}</span>
          </span>
        </span>
        <ColorStrip colors={stripColors(theme.colors)} className="h-3" />
      </span>
    </div>
  );
}
