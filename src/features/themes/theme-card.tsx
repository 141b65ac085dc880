import type { CSSProperties } from 'react';
import { Link } from 'react-router';
import type { Theme } from '@contract';
import { Badge } from '@/components/ui/badge';
import { buttonStyles } from '@/components/ui/button-styles';
import { cn } from '@/components/ui/cn';
import { ColorStrip } from '@/components/ui/color-strip';
import { paths } from '@/config/paths';
import { fontInfo } from '@/lib/fonts-catalog';
import { stripColors } from './strip-colors';
import { withScope } from './studio-href';
import { useThemeFonts } from './use-theme-fonts';

/** Card height is fixed and shared with the skeleton, so nothing shifts when data arrives. */
export const THEME_CARD_HEIGHT = 'h-64';

/** A font name shown in its own face (the bundled family, else its generic fallback). */
function FontSample({ name }: { name: string | null }) {
  const style: CSSProperties = { fontFamily: fontInfo(name).stack };
  return (
    <dd className="truncate text-base" style={style}>
      {name ?? 'None set'}
    </dd>
  );
}

interface ThemeCardProps {
  theme: Theme;
  org: string | undefined;
  /** How many brands use it, as a sentence (see usageLabel). */
  usage: string;
}

/** One theme: name, origin, colours, both fonts in their own faces, usage, and what to do with it. */
export function ThemeCard({ theme, org, usage }: ThemeCardProps) {
  useThemeFonts(theme);
  const headingId = `theme-${theme.id}`;
  return (
    <article
      aria-labelledby={headingId}
      data-theme-id={theme.id}
      className={cn('flex flex-col gap-3 rounded-lg border bg-card p-4 text-card-foreground', THEME_CARD_HEIGHT)}
    >
      <div className="flex items-start justify-between gap-2">
        <h2 id={headingId} className="truncate text-base font-semibold">
          {theme.name}
        </h2>
        <Badge tone={theme.is_custom ? 'info' : 'neutral'}>{theme.is_custom ? 'Custom' : 'System'}</Badge>
      </div>
      <ColorStrip colors={stripColors(theme.colors)} className="h-8" />
      <dl className="grid grid-cols-[auto_1fr] items-baseline gap-x-3 gap-y-1 text-sm">
        <dt className="text-muted-foreground">Primary font</dt>
        <FontSample name={theme.font_primary} />
        <dt className="text-muted-foreground">Secondary font</dt>
        <FontSample name={theme.font_secondary} />
      </dl>
      <p className="truncate text-sm text-muted-foreground">{usage}</p>
      <div className="mt-auto flex flex-wrap gap-2">
        <Link
          to={withScope(paths.theme.href(theme.id), org)}
          aria-label={`Open ${theme.name}`}
          className={buttonStyles('outline', 'sm')}
        >
          Open
        </Link>
        <Link
          to={withScope(paths.themeNew.href(theme.id), org)}
          aria-label={`Duplicate ${theme.name}`}
          className={buttonStyles('outline', 'sm')}
        >
          Duplicate
        </Link>
        <Link
          to={withScope(paths.themeCompare.href(theme.id), org)}
          aria-label={`Compare ${theme.name}`}
          className={buttonStyles('ghost', 'sm')}
        >
          Compare
        </Link>
      </div>
    </article>
  );
}
