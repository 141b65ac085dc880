import { type Context, Hono } from 'hono';
import { sessionPaths } from '../../contract/session.ts';
import { scrubbedLog } from '../lib/logging.ts';
import { envelope, handleError } from '../lib/errors.ts';
import { requestIds } from '../lib/request-ids.ts';
import { applyCommonHeaders, setCommonHeaders } from '../lib/response-headers.ts';
import { crossSiteRefusal, isAllowedHost, isCrossSite, ownOrigins, UNSAFE_METHODS } from './request-guards.ts';
import { clearedSessionCookie } from './session-cookie.ts';
import { createSessionStore, type SessionStore, type SessionStoreOptions } from './session-store.ts';
import { sessionRouter } from './session-routes.ts';
import { healthRouter } from '../routes/health.ts';
import { mountLanding, type RenderLanding } from './landing.ts';
import { mountSpa } from './static.ts';
import { relay, resolveAuth, type Upstream, type WebContext, type WebGuards, type WebMode } from './web-context.ts';

export interface WebAppOptions {
  mode: WebMode;
  /** Sandbox mode: `(req) => sandboxApp.fetch(req)`; proxy mode: createUpstreamProxy(…). */
  upstream: Upstream;
  /** The built SPA; omitted in dev (Vite serves it) and in API-only tests. */
  distDir?: string;
  /** The landing page's server render (dist-ssr/, see landing.ts); without it every page renders in the browser. */
  landingRenderer?: RenderLanding;
  fixedKey?: string;
  demoKey?: string;
  listeningOnLoopback: boolean;
  /** Always mark the session cookie Secure (TLS terminated in front of this server). */
  secureCookies?: boolean;
  /** TRUST_PROXY: a proxy in front sets X-Forwarded-Proto, and its `https` makes the cookie Secure. */
  trustProxy?: boolean;
  /** PUBLIC_URL: another name this server is reached by (Origin and Host checks accept it). */
  publicUrl?: string;
  /** Origins besides this one that asset bytes load from (CSP img-src/media-src; told to the client in /session). */
  assetOrigins?: readonly string[];
  sessions?: SessionStore;
  sessionOptions?: SessionStoreOptions;
  clock?: { now(): number };
  log?: (line: string) => void;
  /** One log line per request this app answers itself (default true); errors are always logged. */
  logRequests?: boolean;
  /** Guards on by default; a test turns one off to prove its test can fail. */
  guards?: Partial<WebGuards>;
}

/** Only these request headers travel with a request the server authenticates on the browser's behalf. */
const FORWARDED_HEADERS = ['accept', 'content-type', 'content-length'];

function forwarded(req: Request, key: string | null): Request {
  const headers = new Headers();
  for (const name of FORWARDED_HEADERS) {
    const value = req.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  if (key !== null) headers.set('authorization', `Bearer ${key}`);
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && req.body !== null;
  return new Request(req.url, {
    method: req.method,
    headers,
    body: hasBody ? req.body : null,
    signal: req.signal,
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit);
}

/** The web app's own request variable: the id of each answer it gives itself (errors carry it). */
type WebEnv = { Variables: { requestId: string } };

const isHealth = (path: string) => path === '/v1/health' || path === '/v1/health/';

/**
 * The one app the browser talks to, in sandbox and proxy mode alike: /session, /v1/* with the key
 * added server-side, /health and /files (sandbox), and the SPA. The key stays in server memory, never the browser's.
 */
export function createWebApp(options: WebAppOptions): Hono<WebEnv> {
  const clock = options.clock ?? { now: () => Date.now() };
  const log = scrubbedLog(options.log);
  const publicOrigin = options.publicUrl ? new URL(options.publicUrl).origin : undefined;
  const ctx: WebContext = {
    mode: options.mode,
    upstream: options.upstream,
    sessions: options.sessions ?? createSessionStore({ clock, ...options.sessionOptions }),
    cookies: { forceSecure: options.secureCookies, trustProxy: options.trustProxy },
    fixedKey: options.fixedKey,
    demoKey: options.demoKey,
    listeningOnLoopback: options.listeningOnLoopback,
    publicOrigin,
    assetOrigins: options.assetOrigins ?? [],
    log,
    guards: { sameOrigin: true, loopbackHost: true, ...options.guards },
  };
  const logRequests = options.logRequests ?? true;
  // Its own ids for the answers it gives itself; what the sandbox or the API answers carries theirs.
  const nextRequestId = requestIds();
  const app = new Hono<WebEnv>();

  // Host verdicts are cached: parsing a URL on every request showed up in the API throughput benchmark.
  const hostVerdicts = new Map<string, boolean>();
  const hostAllowed = (url: string) => {
    const host = url.slice(0, url.indexOf('/', url.indexOf('//') + 2));
    let verdict = hostVerdicts.get(host);
    if (verdict === undefined) {
      verdict = isAllowedHost(url, publicOrigin);
      if (hostVerdicts.size < 100) hostVerdicts.set(host, verdict);
    }
    return verdict;
  };

  app.use('*', async (c, next) => {
    c.set('requestId', nextRequestId());
    const started = logRequests ? performance.now() : 0;
    const path = c.req.path;
    const common: Record<string, string> = { 'X-Content-Type-Options': 'nosniff' };
    if (path === '/v1' || path.startsWith('/v1/') || path === '/session' || path.startsWith('/session/')) {
      common['Cache-Control'] = 'no-store';
    }
    setCommonHeaders(c, common);
    if (ctx.guards.loopbackHost && ctx.listeningOnLoopback && !hostAllowed(c.req.url)) {
      c.res = c.json(envelope(403, 'This server only answers requests addressed to localhost or 127.0.0.1.'), 403);
    } else {
      await next();
    }
    applyCommonHeaders(c);
    // In sandbox mode the sandbox logs what it answers; this app logs what only it sees.
    if (logRequests && (ctx.mode === 'proxy' || path.startsWith('/session') || c.res.status === 403)) {
      log(`web ${c.req.method} ${path} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms`);
    }
  });

  app.route(sessionPaths.session, sessionRouter(ctx));

  // The in-process sandbox is our own code (no CORS headers, no cookies, no-store already set), so
  // its answers go out as they are: re-wrapping them turns every body into a stream (seen in the API benchmark).
  const trusted = ctx.mode === 'sandbox';
  const passOn = (res: Response, options?: { noStore?: boolean }) => (trusted ? res : relay(res, options));
  const pass = async (c: Context) => passOn(await ctx.upstream(c.req.raw));
  if (ctx.mode === 'sandbox') {
    // Same process, same answer as the sandbox's own /health, without a second app's round trip (it costs throughput).
    app.route('/health', healthRouter('nextdocs-sandbox', clock));
    app.all('/files/*', pass);
  } else {
    app.get('/health', (c) => c.json({ ok: true, service: 'brandkit-proxy', timestamp: clock.now() }));
  }

  app.all('/v1/*', async (c) => {
    const req = c.req.raw;
    // API clients (curl, scripts, tests) bring their own key: passed through unchanged.
    if (req.headers.has('authorization')) return passOn(await ctx.upstream(req), { noStore: true });
    if (isHealth(c.req.path)) return passOn(await ctx.upstream(forwarded(req, null)), { noStore: true });
    if (ctx.guards.sameOrigin && UNSAFE_METHODS.has(req.method) && isCrossSite(req, ownOrigins(req, publicOrigin))) {
      return crossSiteRefusal(c);
    }

    const auth = resolveAuth(c, ctx);
    if (auth.kind === 'none') {
      const headers: Record<string, string> = auth.stale ? { 'Set-Cookie': clearedSessionCookie(c, ctx.cookies) } : {};
      const message = auth.stale ? 'Your session has ended; sign in again.' : 'Not signed in: sign in with an API key first.';
      return c.json(envelope(401, message), 401, headers);
    }
    const key = auth.kind === 'session' ? auth.session.key : auth.key;
    const out = relay(await ctx.upstream(forwarded(req, key)), { noStore: true });
    if (out.status === 401 && auth.kind === 'session') {
      // The key was revoked or expired upstream: every session on it ends, and the SPA returns to the connect screen.
      ctx.sessions.deleteByKey(auth.session.key);
      out.headers.append('Set-Cookie', clearedSessionCookie(c, ctx.cookies));
    }
    return out;
  });

  if (options.distDir) {
    const assetOrigins = ctx.assetOrigins;
    if (options.landingRenderer) mountLanding(app, { distDir: options.distDir, renderLanding: options.landingRenderer, assetOrigins, log });
    mountSpa(app, options.distDir, assetOrigins);
  }
  app.notFound((c) => c.json(envelope(404, 'The requested resource was not found.'), 404, { 'X-Request-Id': c.get('requestId') }));
  app.onError((err, c) => handleError(err, c, log));
  return app;
}
