import { Hono } from 'hono';
import type { AppDeps } from './app-deps.ts';
import { authMiddleware } from './lib/auth.ts';
import type { AppEnv } from './lib/context.ts';
import { envelope, handleError } from './lib/errors.ts';
import { faultMiddleware, parseFaults } from './lib/faults.ts';
import { scrubbedLog } from './lib/logging.ts';
import { DEFAULT_RATE_LIMIT, rateLimitMiddleware } from './lib/rate-limit.ts';
import { requestIds } from './lib/request-ids.ts';
import { assetsRouter } from './routes/assets.ts';
import { brandsRouter } from './routes/brands.ts';
import { filesRouter } from './routes/files.ts';
import { healthRouter } from './routes/health.ts';
import { meRouter } from './routes/me.ts';
import { organizationsRouter } from './routes/organizations.ts';
import { themesRouter } from './routes/themes.ts';
import { applyCommonHeaders, sendJson, setCommonHeaders } from './lib/response-headers.ts';

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const clock = deps.clock ?? { now: () => Date.now() };
  const log = scrubbedLog(deps.log);
  const app = new Hono<AppEnv>();

  const nextRequestId = requestIds();
  const logRequests = deps.logRequests ?? true;
  app.use('*', async (c, next) => {
    const requestId = nextRequestId();
    const started = logRequests ? performance.now() : 0;
    c.set('requestId', requestId);
    c.set('db', deps.db);
    const path = c.req.path;
    const common: Record<string, string> = { 'X-Request-Id': requestId, 'X-Content-Type-Options': 'nosniff' };
    if (path.startsWith('/v1') || path === '/health') common['Cache-Control'] = 'no-store';
    setCommonHeaders(c, common);
    await next();
    applyCommonHeaders(c);
    // Path only: query strings and headers stay out of the log.
    if (logRequests) {
      log(`${c.req.method} ${path} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms id=${requestId}`);
    }
  });

  const health = healthRouter(deps.service ?? 'nextdocs-sandbox', clock);
  app.route('/health', health);
  app.route('/v1/health', health);
  app.route('/files', filesRouter(deps.files));

  app.use('/v1/*', authMiddleware(deps.db));
  app.use('/v1/*', rateLimitMiddleware(deps.rateLimit ?? DEFAULT_RATE_LIMIT, clock));
  const faults = parseFaults(deps.faults);
  if (faults.length > 0) app.use('/v1/*', faultMiddleware(faults));

  app.route('/v1/me', meRouter());
  app.route('/v1/organizations', organizationsRouter());
  app.route('/v1/brands', brandsRouter(deps));
  app.route('/v1/themes', themesRouter(deps));
  app.route('/v1/assets', assetsRouter(deps));

  app.notFound((c) => sendJson(c, envelope(404, 'The requested resource was not found.'), 404));
  app.onError((err, c) => handleError(err, c, log));
  return app;
}
