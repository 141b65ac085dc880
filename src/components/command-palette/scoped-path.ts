import type { To } from 'react-router';

/** A target that keeps the scope (`?org=`), which lives in the URL; `extra` adds parameters. */
export function scopedPath(pathname: string, org: string | undefined, extra?: Record<string, string>): To {
  const params = new URLSearchParams(extra);
  if (org) params.set('org', org);
  const search = params.toString();
  return { pathname, search: search ? `?${search}` : '' };
}
