import type { Context } from 'hono';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../lib/context.ts';
import { isoAt } from '../lib/serialize.ts';

/** Origin that asset `url`s are built on: the configured public URL, else the request's own origin. */
export function baseUrlOf(c: Context<AppEnv>, deps: Pick<AppDeps, 'publicUrl'>): string {
  const base = deps.publicUrl ?? originOf(c.req.url);
  return base.replace(/\/+$/, '');
}

// Parsing the request URL for its origin on every list request showed up in the API benchmark; the scheme and
// host part of the URL repeats, so its parsed origin is kept (bounded: hosts are few).
const origins = new Map<string, string>();
function originOf(url: string): string {
  const slash = url.indexOf('/', url.indexOf('//') + 2);
  const prefix = slash === -1 ? url : url.slice(0, slash);
  let origin = origins.get(prefix);
  if (origin === undefined) {
    origin = new URL(url).origin;
    if (origins.size < 100) origins.set(prefix, origin);
  }
  return origin;
}

/** Current time from the injected clock (tests) as an ISO timestamp, plus the raw milliseconds for ids. */
export function clockOf(deps: Pick<AppDeps, 'clock'>) {
  return () => {
    const ms = deps.clock?.now() ?? Date.now();
    return { ms, iso: isoAt(ms) };
  };
}

/** A cursor that sorts after every id, so "id < cursor" needs no OR and keeps the index range. */
export const NO_CURSOR = '~';
