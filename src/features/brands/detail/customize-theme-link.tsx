import { Link } from 'react-router';
import type { Theme } from '@contract';
import { buttonStyles } from '@/components/ui/button-styles';
import { paths } from '@/config/paths';

interface CustomizeThemeLinkProps {
  brandId: string;
  theme: Theme;
  org: string | undefined;
}

/**
 * Opens the theme editor on the brand's theme, carrying the brand (`brand=`) so the editor can
 * offer to apply the saved theme and come back. A system theme cannot be edited in place, so it
 * opens as a new duplicate.
 */
export function CustomizeThemeLink({ brandId, theme, org }: CustomizeThemeLinkProps) {
  const href = theme.is_custom ? paths.theme.href(theme.id) : paths.themeNew.href(theme.id);
  const [pathname, query = ''] = href.split('?');
  const params = new URLSearchParams(query);
  params.set('brand', brandId);
  if (org) params.set('org', org);
  return (
    <Link to={{ pathname, search: `?${params.toString()}` }} className={buttonStyles('outline', 'sm')}>
      Customize theme
    </Link>
  );
}
