/**
 * Studio links keep the scope (`?org=`) the user is in, so a theme opened from a scope's gallery
 * is edited and saved in that scope. Paths come from config/paths.ts; this only adds the query.
 */
export function withScope(href: string, org: string | undefined, extra: Record<string, string | undefined> = {}): string {
  const [pathname, query = ''] = href.split('?');
  const params = new URLSearchParams(query);
  if (org) params.set('org', org);
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  const search = params.toString();
  return search ? `${pathname}?${search}` : pathname!;
}
