import { type Context, Hono } from 'hono';
import { type SessionStateSent, type SignedInSent, SignInBody } from '../../contract/session.ts';
import { envelope } from '../lib/errors.ts';
import { parseJson } from '../lib/request.ts';
import { crossSiteRefusal, isCrossSite, isJsonOrEmpty, ownOrigins, UNSAFE_METHODS, unsupportedMediaType } from './request-guards.ts';
import { clearedSessionCookie, hasSessionCookie, readSessionId, sessionCookie } from './session-cookie.ts';
import { checkKey, demoAvailable, keyCheckFailure, resolveAuth, type WebContext } from './web-context.ts';

export function sessionRouter(ctx: WebContext): Hono {
  const router = new Hono();

  router.use('*', async (c, next) => {
    if (UNSAFE_METHODS.has(c.req.method)) {
      if (ctx.guards.sameOrigin && isCrossSite(c.req.raw, ownOrigins(c.req.raw, ctx.publicOrigin))) return crossSiteRefusal(c);
      if (!isJsonOrEmpty(c.req.raw)) return unsupportedMediaType(c);
    }
    await next();
  });

  async function signIn(c: Context, key: string): Promise<Response> {
    const check = await checkKey(ctx, key, c.req.url);
    if (!check.ok) return keyCheckFailure(c, check);
    // A new id on every sign-in (no fixation); the session this browser had before is forgotten.
    const previous = readSessionId(c, ctx.cookies);
    if (previous !== null) ctx.sessions.delete(previous);
    const id = ctx.sessions.create(key, check.user);
    if (id === null) {
      // The store refuses rather than evicting someone else's session; the sweep frees room as sessions end.
      return c.json(envelope(429, 'Too many people are signed in right now; try again in a minute.'), 429, { 'Retry-After': '60' });
    }
    const body: SignedInSent = { user: check.user, mode: ctx.mode };
    return c.json(body, 200, { 'Set-Cookie': sessionCookie(c, id, ctx.sessions.maxAgeMs, ctx.cookies) });
  }

  router.get('/', async (c) => {
    const auth = resolveAuth(c, ctx);
    const base = {
      mode: ctx.mode,
      demo_available: demoAvailable(ctx),
      ...(ctx.assetOrigins.length > 0 ? { asset_origins: [...ctx.assetOrigins] } : {}),
    };
    if (auth.kind === 'session') {
      const { session } = auth;
      // A key revoked upstream would otherwise look signed in until the next /v1 call. This runs on
      // every page load, so the key is asked about at most once a minute per session, not every time.
      if (ctx.sessions.needsRecheck(session)) {
        const check = await checkKey(ctx, session.key, c.req.url);
        if (check.ok) ctx.sessions.rechecked(session);
        else if (check.status === 401) {
          ctx.sessions.deleteByKey(session.key);
          const ended: SessionStateSent = { signed_in: false, ...base, reason: 'expired' };
          return c.json(ended, 200, { 'Set-Cookie': clearedSessionCookie(c, ctx.cookies) });
        }
        // Any other failure (rate limit, API down) says nothing about the key: still signed in, asked again next time.
      }
      return c.json({ signed_in: true, user: session.user, ...base } satisfies SessionStateSent);
    }
    // A cookie naming no live session (expired, signed out elsewhere, server restarted) is cleared.
    const headers: Record<string, string> = hasSessionCookie(c, ctx.cookies) ? { 'Set-Cookie': clearedSessionCookie(c, ctx.cookies) } : {};
    if (auth.kind === 'server') {
      const check = await checkKey(ctx, auth.key, c.req.url);
      if (check.ok) return c.json({ signed_in: true, user: check.user, ...base, server_key: true } satisfies SessionStateSent, 200, headers);
      if (check.status === 401) {
        return c.json({ signed_in: false, ...base, reason: 'server_key_rejected' } satisfies SessionStateSent, 200, headers);
      }
      return keyCheckFailure(c, check);
    }
    const state: SessionStateSent = { signed_in: false, ...base, ...(auth.stale ? { reason: 'expired' as const } : {}) };
    return c.json(state, 200, headers);
  });

  router.post('/', async (c) => {
    const { key } = await parseJson(c, SignInBody);
    return signIn(c, key);
  });

  router.post('/demo', async (c) => {
    if (ctx.mode !== 'sandbox' || !ctx.demoKey) {
      return c.json(envelope(404, 'There is no demo account on this server.'), 404);
    }
    if (!ctx.listeningOnLoopback) {
      return c.json(envelope(403, 'The demo sign-in is only offered while the server listens on loopback.'), 403);
    }
    return signIn(c, ctx.demoKey);
  });

  router.delete('/', (c) => {
    const id = readSessionId(c, ctx.cookies);
    if (id !== null) ctx.sessions.delete(id);
    return c.body(null, 204, { 'Set-Cookie': clearedSessionCookie(c, ctx.cookies) });
  });

  return router;
}
