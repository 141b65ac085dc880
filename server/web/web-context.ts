import type { Context } from 'hono';
import type { SessionMode } from '../../contract/session.ts';
import { User } from '../../contract/user.ts';
import { envelope } from '../lib/errors.ts';
import { type CookiePolicy, hasSessionCookie, readSessionId } from './session-cookie.ts';
import type { Session, SessionStore } from './session-store.ts';

/** Whatever answers `/v1/*`: the in-process sandbox or the proxy to the real API. */
export type Upstream = (req: Request) => Promise<Response>;
export type WebMode = SessionMode;

export interface WebGuards {
  /** Refuse cross-site unsafe requests the server would authenticate: same origin only. */
  sameOrigin: boolean;
  /** While on loopback, answer only loopback host names (DNS rebinding). */
  loopbackHost: boolean;
}

/** Everything the web app's routes share; built once by createWebApp. */
export interface WebContext {
  mode: WebMode;
  upstream: Upstream;
  sessions: SessionStore;
  cookies: CookiePolicy;
  /** NEXTDOCS_API_KEY: signs in every visitor who has no session of their own. */
  fixedKey?: string;
  /** The sandbox's demo key, for the one-click demo sign-in. */
  demoKey?: string;
  listeningOnLoopback: boolean;
  /** PUBLIC_URL's origin, accepted as this server's own origin besides the request's. */
  publicOrigin?: string;
  /** Origins besides this one that asset bytes may load from (ASSET_ORIGINS). */
  assetOrigins: readonly string[];
  log: (line: string) => void;
  guards: WebGuards;
}

type Auth =
  | { kind: 'session'; id: string; session: Session }
  | { kind: 'server'; key: string }
  | { kind: 'none'; stale: boolean };

/** Who the request acts as: its own session first, then the server's key, else nobody. */
export function resolveAuth(c: Context, ctx: WebContext): Auth {
  const id = readSessionId(c, ctx.cookies);
  const session = id === null ? null : ctx.sessions.get(id);
  if (id !== null && session) return { kind: 'session', id, session };
  if (ctx.fixedKey) return { kind: 'server', key: ctx.fixedKey };
  return { kind: 'none', stale: hasSessionCookie(c, ctx.cookies) };
}

export const demoAvailable = (ctx: WebContext) => ctx.mode === 'sandbox' && Boolean(ctx.demoKey) && ctx.listeningOnLoopback;

type KeyCheck = { ok: true; user: object } | { ok: false; status: 401 | 429 | 502 | 504; message: string; retryAfter?: string };

/**
 * Asks the upstream who the key belongs to (GET /v1/me). Only statuses and our own messages come
 * back: upstream bodies never reach the /session answer, and nothing here mentions the key.
 */
export async function checkKey(ctx: WebContext, key: string, base: string): Promise<KeyCheck> {
  let res: Response;
  try {
    res = await ctx.upstream(
      new Request(new URL('/v1/me', base), { headers: { authorization: `Bearer ${key}`, accept: 'application/json' } }),
    );
  } catch {
    return { ok: false, status: 502, message: 'The API could not be reached.' };
  }
  if (res.ok) {
    const body: unknown = await res.json().catch(() => null);
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      return { ok: false, status: 502, message: 'The API answered /v1/me with something other than a user.' };
    }
    // The contract's shape when it fits; the real API may add or rename fields, so keep its object otherwise.
    const parsed = User.safeParse(body);
    return { ok: true, user: parsed.success ? parsed.data : body };
  }
  await res.body?.cancel().catch(() => undefined);
  if (res.status === 401 || res.status === 403) return { ok: false, status: 401, message: 'The API key was not accepted.' };
  if (res.status === 429) {
    return { ok: false, status: 429, message: 'Too many requests; try again shortly.', retryAfter: res.headers.get('retry-after') ?? undefined };
  }
  if (res.status === 504) return { ok: false, status: 504, message: 'The API did not answer in time.' };
  return { ok: false, status: 502, message: 'The API could not check the key right now.' };
}

export function keyCheckFailure(c: Context, check: Extract<KeyCheck, { ok: false }>): Response {
  const headers: Record<string, string> = check.retryAfter ? { 'Retry-After': check.retryAfter } : {};
  return c.json(envelope(check.status, check.message), check.status, headers);
}

/**
 * Copies an upstream answer for the browser: CORS headers and cookies set by the upstream are
 * dropped (same origin only: no CORS anywhere; only this server sets cookies on this origin).
 */
export function relay(res: Response, options: { noStore?: boolean } = {}): Response {
  const headers = new Headers();
  res.headers.forEach((value, name) => {
    if (name.startsWith('access-control-') || name === 'set-cookie') return;
    headers.set(name, value);
  });
  if (options.noStore) headers.set('Cache-Control', 'no-store');
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}
