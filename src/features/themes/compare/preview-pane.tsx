import type { CSSProperties } from 'react';
import type { Theme } from '@contract';
import { themeToCssVars } from '@/lib/theme-to-css-vars';
import { SampleDocument } from '../sample-document';
import { useThemeFonts } from '../use-theme-fonts';

interface PreviewPaneProps {
  label: string;
  theme: Pick<Theme, 'id' | 'name' | 'colors' | 'font_primary' | 'font_secondary'>;
}

/** One half of the split preview: the sample document in one theme (vars through CSSOM, CSP-safe). */
export function PreviewPane({ label, theme }: PreviewPaneProps) {
  useThemeFonts(theme);
  const vars = themeToCssVars(theme) as CSSProperties;
  return (
    <section aria-label={`${label}: ${theme.name}`} className="flex min-w-0 flex-col gap-2" data-preview={theme.id}>
      <h3 className="text-sm font-medium text-muted-foreground">
        {label}: {theme.name}
      </h3>
      <div style={vars}>
        <SampleDocument />
      </div>
    </section>
  );
}
