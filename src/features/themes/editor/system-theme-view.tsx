import { Link } from 'react-router';
import type { Theme } from '@contract';
import { buttonStyles } from '@/components/ui/button-styles';
import { paths } from '@/config/paths';
import { ThemePreview } from '../theme-preview';
import { withScope } from '../studio-href';

/** A system theme is read-only: it is shown as it is, with a duplicate offered for editing. */
export function SystemThemeView({ theme, org, brandId }: { theme: Theme; org: string | undefined; brandId?: string }) {
  return (
    <div className="flex flex-col gap-6">
      <title>{`${theme.name} · Brandkit Studio`}</title>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{theme.name}</h1>
        <Link
          to={withScope(paths.themeNew.href(theme.id), org, { brand: brandId })}
          className={buttonStyles('primary')}
        >
          Duplicate to edit
        </Link>
      </div>
      <div role="note" className="rounded-lg border bg-muted p-4 text-sm">
        <p className="font-semibold">System themes are read-only.</p>
        <p>
          {theme.name} belongs to NextDocs and cannot be changed here. Duplicate it to make your own version: the copy
          starts with these colours and fonts.
        </p>
      </div>
      <ThemePreview theme={theme} />
    </div>
  );
}
