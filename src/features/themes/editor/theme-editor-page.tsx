import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { isApiError } from '@/api/api-error';
import { themeQueries } from '@/api/themes';
import { buttonStyles } from '@/components/ui/button-styles';
import { ErrorState } from '@/components/ui/error-state';
import { paths } from '@/config/paths';
import { blankDraft, draftFromTheme, duplicateDraft } from '@/lib/theme-draft';
import { withScope } from '../studio-href';
import { useThemeUsage } from '../use-theme-usage';
import { SystemThemeView } from './system-theme-view';
import { ThemeEditor } from './theme-editor';
import { ThemeEditorSkeleton } from './theme-editor-skeleton';

interface ThemeEditorPageProps {
  /** `/themes/:id`: the theme to edit. Absent: a new theme. */
  id?: string;
  /** `/themes/new?from=`: the theme a new one starts as a copy of. */
  from?: string;
  org: string | undefined;
  /** `&brand=`: opened from that brand's page. */
  brandId?: string;
}

/**
 * Loads what the editor starts from (the theme, the theme to duplicate, or nothing) and shows it
 * in each state; a system theme opens read-only with a duplicate offered.
 */
export function ThemeEditorPage({ id, from, org, brandId }: ThemeEditorPageProps) {
  const sourceId = id ?? from;
  const source = useQuery({ ...themeQueries.detail(sourceId ?? ''), enabled: sourceId !== undefined });
  const usage = useThemeUsage(org);
  const scope = org ?? 'personal';

  // Gone (deleted here or elsewhere) counts even over a cached copy: it cannot be edited any more.
  const missing = isApiError(source.error) && source.error.status === 404;
  if (sourceId !== undefined && (!source.data || missing)) {
    if (source.isPending) return <ThemeEditorSkeleton />;
    return (
      <ErrorState
        title={missing ? 'This theme does not exist' : 'The theme could not be loaded'}
        error={source.error}
        onRetry={missing ? undefined : () => void source.refetch()}
        retrying={source.isFetching}
        actions={
          <Link to={withScope(paths.themes.href(), org)} className={buttonStyles('outline')}>
            All themes
          </Link>
        }
      />
    );
  }

  const theme = source.data;
  if (id !== undefined && theme && !theme.is_custom)
    return <SystemThemeView theme={theme} org={org} brandId={brandId} />;

  const saved = id !== undefined && theme ? theme : null;
  // The brands that use it, and the brand the editor was opened from (it may use another theme).
  const brands = saved ? usage.brandsOf(saved.id) : [];
  const opener = brandId ? usage.brandsOf(theme?.id ?? '').find((b) => b.id === brandId) : undefined;
  const previewBrands = opener && !brands.includes(opener) ? [opener, ...brands] : brands;
  return (
    <ThemeEditor
      // Another theme, another draft: nothing of one editor carries over.
      key={`${scope}:${id ?? `new:${from ?? ''}`}`}
      org={org}
      saved={saved}
      initial={saved ? draftFromTheme(saved) : theme ? duplicateDraft(theme) : blankDraft()}
      storageKey={`theme-editor:${scope}:${id ?? `new:${from ?? ''}`}`}
      brandId={brandId}
      brands={previewBrands}
      brandsComplete={usage.complete}
    />
  );
}
