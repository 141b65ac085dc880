import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { Hono } from 'hono';
import { authMiddleware } from './lib/auth.ts';
import type { AppEnv } from './lib/context.ts';
import { ApiError, envelope, handleError } from './lib/errors.ts';
import type { FetchSource } from './lib/fetch-source.ts';
import type { FileStore } from './lib/files.ts';
import { faultMiddleware, parseFaults } from './lib/faults.ts';
import { DEFAULT_RATE_LIMIT, type RateLimitOptions, rateLimitMiddleware } from './lib/rate-limit.ts';
import { assetsRouter } from './routes/assets.ts';
import { brandsRouter } from './routes/brands.ts';
import { filesRouter } from './routes/files.ts';
import { healthRouter } from './routes/health.ts';
import { meRouter } from './routes/me.ts';
import { organizationsRouter } from './routes/organizations.ts';
import { themesRouter } from './routes/themes.ts';
import { applyCommonHeaders, sendJson, setCommonHeaders } from './lib/response-headers.ts';

export interface AppDeps {
  db: Database.Database;
  files: FileStore;
  fetchSource: FetchSource;
  clock?: { now(): number };
  /** Test-only fault rules, e.g. `DELETE /v1/assets/*=409`. */
  faults?: string;
  rateLimit?: RateLimitOptions;
  log?: (line: string) => void;
  /** One log line per request (default true); errors are always logged. */
  logRequests?: boolean;
  service?: string;
  /** Base for asset `url`s; defaults to the request's own origin. */
  publicUrl?: string;
}

/** Keys must never reach a log line, whatever a message contains (D13). */
export function scrubSecrets(line: string): string {
  return line.replace(/nxd_[A-Za-z0-9_-]+/g, 'nxd_[redacted]').replace(/Bearer\s+\S+/gi, 'Bearer [redacted]');
}

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const clock = deps.clock ?? { now: () => Date.now() };
  const rawLog = deps.log ?? ((line: string) => console.log(line));
  const log = (line: string) => rawLog(scrubSecrets(line));
  const app = new Hono<AppEnv>();

  // Unique per process and cheap: a random boot prefix plus a counter (no UUID per request).
  const bootId = randomBytes(4).toString('hex');
  let counter = 0;
  const logRequests = deps.logRequests ?? true;
  app.use('*', async (c, next) => {
    const requestId = `${bootId}-${(++counter).toString(36)}`;
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

export { ApiError };
