import { paths } from '@/config/paths';

/** The list page a detail page belongs to: switching scope on a detail page goes there. */
const SECTION_LISTS: Record<string, string> = {
  brands: paths.brands.href(),
  assets: paths.assets.href(),
  themes: paths.themes.href(),
};

/** Where switching to `org` goes from this page (the switcher and the command palette share it). */
export function scopeTarget(pathname: string, search: string, org: string | undefined) {
  const segments = pathname.split('/').filter(Boolean);
  const section = segments[0] ?? '';
  // /brands/new creates in the chosen scope, so it stays; other nested pages show one object
  // of the old scope, so the switch goes to the section's list.
  const nested = segments.length > 1 && pathname !== paths.brandNew.href();
  const params = new URLSearchParams(nested ? '' : search);
  if (org) params.set('org', org);
  else params.delete('org');
  const query = params.toString();
  return { pathname: nested ? (SECTION_LISTS[section] ?? pathname) : pathname, search: query ? `?${query}` : '' };
}
