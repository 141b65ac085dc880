import type { Context } from 'hono';
import type { AppDeps } from '../app.ts';
import type { AppEnv } from '../lib/context.ts';
import { isoAt } from '../lib/serialize.ts';

/** Origin that asset `url`s are built on: the configured public URL, else the request's own origin. */
export function baseUrlOf(c: Context<AppEnv>, deps: Pick<AppDeps, 'publicUrl'>): string {
  const base = deps.publicUrl ?? new URL(c.req.url).origin;
  return base.replace(/\/+$/, '');
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
