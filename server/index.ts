import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { ensureDemoKey } from './demo-key.ts';
import { openDb } from './db/open-db.ts';
import { isSeeded, seedDemo } from './db/seed/index.ts';
import { listEnv, readEnv } from './env.ts';
import { createSourceFetcher } from './lib/fetch-source.ts';
import { createFileStore } from './lib/files.ts';
import { parseRateLimit } from './lib/rate-limit.ts';
import { sweepOrphanFiles } from './lib/sweep.ts';
import { ensureSpaBuilt } from './web/build-spa.ts';
import { mountSpa } from './web/static.ts';

// The only file that opens the database file and listens.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = readEnv();
const say = (line: string) => console.log(line);

const dbPath = isAbsolute(env.SANDBOX_DB) ? env.SANDBOX_DB : join(root, env.SANDBOX_DB);
const db = openDb(dbPath);
const files = createFileStore(env.SANDBOX_FILES ?? join(dirname(dbPath), 'files'));
const swept = sweepOrphanFiles(db, files);
if (swept > 0) say(`Removed ${swept} stored file(s) no asset references.`);
if (!isSeeded(db)) {
  seedDemo(db, files);
  say('Seeded the sandbox with demo data.');
}
const demo = ensureDemoKey(db, env.NEXTDOCS_API_KEY);

const app = createApp({
  db,
  files,
  fetchSource: createSourceFetcher({
    allowHosts: listEnv(env.SANDBOX_FETCH_ALLOW_HOSTS),
    ca: env.SANDBOX_FETCH_CA ? readFileSync(env.SANDBOX_FETCH_CA) : undefined,
  }),
  faults: env.SANDBOX_FAULTS,
  rateLimit: parseRateLimit(env.SANDBOX_RATE_LIMIT),
  log: env.LOG_REQUESTS === '1' ? say : () => undefined,
  publicUrl: env.PUBLIC_URL,
});
if (process.argv.includes('--serve-spa')) mountSpa(app, ensureSpaBuilt(root, say));

// A key given at start signs in every visitor (issue 3), so listen on loopback unless HOST is explicit.
const host = env.HOST ?? '127.0.0.1';
const server = serve({ fetch: app.fetch, port: env.PORT, hostname: host }, (info) => {
  say(`Brandkit Studio sandbox listening on http://${host}:${info.port}`);
  if (env.SANDBOX_FAULTS) say(`Fault injection is ON: ${env.SANDBOX_FAULTS}`);
  say(demo.generated ? `Demo API key (new for this run): ${demo.key}` : 'Demo API key: the value of NEXTDOCS_API_KEY');
});

function shutdown() {
  server.close(() => {
    db.close();
    process.exit(0);
  });
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
