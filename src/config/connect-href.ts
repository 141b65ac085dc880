import { paths } from './paths';

/**
 * /connect with where to go after signing in (`next`, a path on this site) and why the user is
 * there (`reason`, see features/session/connect-reason.ts); never a key. Apart from paths.ts so
 * the entry chunk, which only needs the route pattern, does not carry it (bundle budget).
 */
export function connectHref(options: { next?: string; reason?: string } = {}): string {
  const query = new URLSearchParams();
  if (options.next) query.set('next', options.next);
  if (options.reason) query.set('reason', options.reason);
  const search = query.toString();
  return search ? `${paths.connect.href()}?${search}` : paths.connect.href();
}
