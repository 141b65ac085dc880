import type { To } from 'react-router';

/** A link target that keeps the user's scope (`?org=`), which lives in the URL. */
export function scopedTo(pathname: string, org: string | undefined): To {
  return { pathname, search: org ? `?${new URLSearchParams({ org }).toString()}` : '' };
}
