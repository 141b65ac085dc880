import type { Theme } from '@contract';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';
import { ColorStrip } from '@/components/ui/color-strip';
import { stripColors } from './strip-colors';

/** Card height is fixed and shared with the skeleton, so nothing shifts when data arrives. */
export const THEME_CARD_HEIGHT = 'h-44';

/** One theme, read-only: its name, where it comes from, its colours and its two fonts. */
export function ThemeCard({ theme }: { theme: Theme }) {
  return (
    <article
      aria-labelledby={`theme-${theme.id}`}
      className={cn('flex flex-col gap-3 rounded-lg border bg-card p-4 text-card-foreground', THEME_CARD_HEIGHT)}
    >
      <div className="flex items-start justify-between gap-2">
        <h2 id={`theme-${theme.id}`} className="truncate text-base font-semibold">
          {theme.name}
        </h2>
        <Badge tone={theme.is_custom ? 'info' : 'neutral'}>{theme.is_custom ? 'Custom' : 'System'}</Badge>
      </div>
      <ColorStrip colors={stripColors(theme.colors)} className="h-8" />
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-muted-foreground">Primary font</dt>
        <dd className="truncate">{theme.font_primary ?? 'None set'}</dd>
        <dt className="text-muted-foreground">Secondary font</dt>
        <dd className="truncate">{theme.font_secondary ?? 'None set'}</dd>
      </dl>
    </article>
  );
}
