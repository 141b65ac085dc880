import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { ensureDemoKey } from './demo-key.ts';
import { openDb } from './db/open-db.ts';
import { isSeeded, seedDemo } from './db/seed/index.ts';
import { type Env, listEnv, readEnv } from './env.ts';
import { createSourceFetcher } from './lib/fetch-source.ts';
import { setIdStyle } from './lib/ids.ts';
import { createFileStore } from './lib/files.ts';
import { parseRateLimit } from './lib/rate-limit.ts';
import { applyDeadlines } from './lib/server-deadlines.ts';
import { claimInstance, sweepOrphanFiles } from './lib/sweep.ts';
import { ensureSpaBuilt } from './web/build-spa.ts';
import { loadLandingRenderer } from './web/landing.ts';
import { createUpstreamProxy } from './web/proxy.ts';
import { openSessions } from './web/session-persistence.ts';
import { isLoopbackAddress } from './web/request-guards.ts';
import type { Upstream, WebMode } from './web/web-context.ts';
import { createWebApp } from './web/web-app.ts';

// The only file that opens the database file and listens.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = readEnv();
const say = (line: string) => console.log(line);
const logRequests = env.LOG_REQUESTS === '1';

interface Backend {
  mode: WebMode;
  /** Where the sessions database goes by default. */
  dataDir: string;
  /** Asset origins when ASSET_ORIGINS is unset. */
  assetOrigins: string[];
  upstream: Upstream;
  demoKey?: string;
  startupLines: string[];
  close(): void;
}

/** Sandbox mode: the in-process NextDocs sandbox on its SQLite file answers /v1, /health and /files. */
function startSandbox(env: Env): Backend {
  const dbPath = isAbsolute(env.SANDBOX_DB) ? env.SANDBOX_DB : join(root, env.SANDBOX_DB);
  setIdStyle(env.SANDBOX_ID_STYLE);
  const db = openDb(dbPath);
  const files = createFileStore(env.SANDBOX_FILES ?? join(dirname(dbPath), 'files'));
  const instance = claimInstance(db);
  process.once('exit', () => instance.release());
  const swept = sweepOrphanFiles(db, files, instance);
  if (swept > 0) say(`Removed ${swept} stored file(s) no asset references.`);
  if (!isSeeded(db)) {
    seedDemo(db, files);
    say('Seeded the sandbox with demo data.');
  }
  const demo = ensureDemoKey(db, env.NEXTDOCS_API_KEY);
  const sandbox = createApp({
    db,
    files,
    fetchSource: createSourceFetcher({
      allowHosts: listEnv(env.SANDBOX_FETCH_ALLOW_HOSTS),
      ca: env.SANDBOX_FETCH_CA ? readFileSync(env.SANDBOX_FETCH_CA) : undefined,
    }),
    faults: env.SANDBOX_FAULTS,
    rateLimit: parseRateLimit(env.SANDBOX_RATE_LIMIT),
    log: say,
    logRequests,
    publicUrl: env.PUBLIC_URL,
  });
  const startupLines: string[] = [];
  if (env.SANDBOX_FAULTS) startupLines.push(`Fault injection is ON: ${env.SANDBOX_FAULTS}`);
  if (env.SANDBOX_ID_STYLE === 'reference') startupLines.push('New ids are shaped like the API reference\'s (SANDBOX_ID_STYLE=reference).');
  // API clients need the demo key at start; the operator sees it once, on purpose.
  startupLines.push(demo.generated ? `Demo API key (new for this run): ${demo.key}` : 'Demo API key: the value of NEXTDOCS_API_KEY');
  return {
    mode: 'sandbox',
    dataDir: dirname(dbPath),
    assetOrigins: [],
    upstream: async (req) => sandbox.fetch(req),
    demoKey: demo.key,
    startupLines,
    close: () => {
      instance.release();
      db.close();
    },
  };
}

/** Proxy mode: no database, no seed; /v1 goes to the real API. */
function startProxy(apiUrl: string): Backend {
  const origin = new URL(apiUrl).origin;
  return {
    mode: 'proxy',
    dataDir: join(root, '.data'),
    // The API may serve asset bytes from its own origin; a CDN elsewhere is named with ASSET_ORIGINS.
    assetOrigins: [origin],
    upstream: createUpstreamProxy({ origin, log: say }),
    startupLines: [`Proxy mode: forwarding /v1 to ${origin}`],
    close: () => undefined,
  };
}

const backend = env.NEXTDOCS_API_URL ? startProxy(env.NEXTDOCS_API_URL) : startSandbox(env);

// A key given at start signs in every visitor, so listen on loopback unless HOST is explicit.
const host = env.HOST ?? '127.0.0.1';
const listeningOnLoopback = isLoopbackAddress(host);
const distDir = process.argv.includes('--serve-spa') ? ensureSpaBuilt(root, say) : undefined;
// Sessions live in SQLite, so a restart keeps everyone signed in and instances given the same
// file (and secret) share them; why not a sealed cookie: README, "Sessions".
const sessionDb = env.SESSION_DB ? (isAbsolute(env.SESSION_DB) ? env.SESSION_DB : join(root, env.SESSION_DB)) : join(backend.dataDir, 'sessions.db');
const sessions = openSessions(sessionDb, env.SESSION_SECRET);
const web = createWebApp({
  sessions: sessions.store,
  mode: backend.mode,
  upstream: backend.upstream,
  distDir,
  landingRenderer: distDir ? await loadLandingRenderer(join(root, 'dist-ssr')) : undefined,
  fixedKey: env.NEXTDOCS_API_KEY,
  demoKey: backend.demoKey,
  listeningOnLoopback,
  secureCookies: env.SESSION_COOKIE_SECURE === '1',
  trustProxy: env.TRUST_PROXY === '1',
  publicUrl: env.PUBLIC_URL,
  assetOrigins: env.ASSET_ORIGINS !== undefined ? listEnv(env.ASSET_ORIGINS).map((o) => new URL(o).origin) : backend.assetOrigins,
  log: say,
  logRequests,
});

const server = serve({ fetch: web.fetch, port: env.PORT, hostname: host }, (info) => {
  const shown = host.includes(':') ? `[${host}]` : host;
  say(`Brandkit Studio (${backend.mode} mode) listening on http://${shown}:${info.port}`);
  for (const line of backend.startupLines) say(line);
  const sealedWith = sessions.secretSource === 'SESSION_SECRET' ? 'SESSION_SECRET' : `the secret in ${sessions.secretSource}`;
  say(`Sessions are kept in ${sessionDb}, keys sealed with ${sealedWith}.`);
  if (env.NEXTDOCS_API_KEY) {
    say('Every visitor is signed in with the key from NEXTDOCS_API_KEY.');
    if (!env.HOST) say('Listening on loopback only (127.0.0.1) because NEXTDOCS_API_KEY was given; set HOST to listen elsewhere.');
    else if (!listeningOnLoopback) say(`Warning: HOST=${host} exposes the NEXTDOCS_API_KEY session to every machine that can reach it.`);
  }
  if (backend.mode === 'sandbox') {
    say(listeningOnLoopback ? 'Demo sign-in is offered on the connect screen.' : 'Demo sign-in is off: the server is not on loopback.');
  }
});

// Slow headers are cut after 10 s and slow requests after 30 s, instead of Node's 5 minutes;
// kept-alive connections idle for 30 s (why, and why the order no longer matters: server-deadlines.ts).
// Set before the server reports 'listening', which serve() never does synchronously.
if ('requestTimeout' in server) applyDeadlines(server);

function shutdown() {
  server.close(() => {
    backend.close();
    sessions.close();
    process.exit(0);
  });
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
