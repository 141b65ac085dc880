import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../lib/context.ts';
import { parseJson, parseQuery } from '../lib/request.ts';
import { isoAt } from '../lib/serialize.ts';
import { assertWellFormedQuery, wellFormed } from '../lib/well-formed.ts';

/** Every /v1 route reads its JSON body through here, so no string field skips the well-formedness check. */
export function readJson<S extends z.ZodType>(c: Context<AppEnv>, schema: S): Promise<z.output<S>> {
  return parseJson(c, wellFormed(schema));
}

/** Every /v1 route reads its query through here: every parameter, known or not, must decode as UTF-8. */
export function readQuery<S extends z.ZodType>(c: Context<AppEnv>, schema: S): z.output<S> {
  assertWellFormedQuery(c.req.url);
  return parseQuery(c, schema);
}

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
