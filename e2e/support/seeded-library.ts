import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb } from '../../server/db/open-db.ts';
import { DEMO_EMAIL } from '../../server/db/seed/index.ts';
import { freePort } from './local-machine.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface SeededLibrary {
  url: string;
  /** The demo user's key (NEXTDOCS_API_KEY): every visitor is signed in with it. */
  key: string;
  /** An API call as the demo user. */
  api<T>(method: string, path: string, body?: unknown): Promise<T>;
  dispose(): Promise<void>;
}

/** The seed spreads assets over three scopes: move all into the demo user's, links to other scopes' brands dropped. */
export function gatherIntoPersonalScope(dbPath: string): void {
  const db = openDb(dbPath);
  const user = db.prepare('SELECT id FROM users WHERE email = ?').get(DEMO_EMAIL) as { id: string };
  db.prepare(
    `UPDATE assets SET
       brand_id = CASE WHEN brand_id IN (SELECT id FROM brands WHERE scope_id = ?) THEN brand_id ELSE NULL END,
       scope_id = ?`,
  ).run(user.id, user.id);
  db.close();
}

function startProcess(env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'server/index.ts', '--serve-spa'], {
    cwd: ROOT,
    env,
    stdio: 'ignore',
  });
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  let exited = false;
  child.once('exit', () => (exited = true));
  const deadline = Date.now() + 150_000;
  for (;;) {
    if (exited) throw new Error('The seeded server exited during startup');
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error('The seeded server did not start in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const gone = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await gone;
}

/**
 * The production server over a fresh database reseeded with `assets` assets, all in the demo
 * user's personal scope (what /assets shows): for journeys and benchmarks that need a library
 * far larger than the API could create in a test's time (10,000 assets reseed in seconds).
 */
export async function startSeededLibrary(assets: number): Promise<SeededLibrary> {
  const dir = await mkdtemp(join(tmpdir(), 'brandkit-seeded-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const key = `nxd_seeded_${randomBytes(16).toString('hex')}`;
  const dbPath = join(dir, 'sandbox.db');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    SANDBOX_DB: dbPath,
    NEXTDOCS_API_KEY: key,
    LOG_REQUESTS: '0',
    SANDBOX_RATE_LIMIT: '100000000:100000000',
  };
  delete env.NEXTDOCS_API_URL;
  delete env.SANDBOX_FAULTS;

  // The first start creates and seeds the database; then reseed to the size asked for.
  const first = startProcess(env);
  await waitForHealth(url, first);
  await stopProcess(first);
  const seeded = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'seed', '--assets', String(assets)], {
    cwd: ROOT,
    env,
  });
  if (seeded.status !== 0) throw new Error(`seed failed: ${seeded.stderr}`);
  gatherIntoPersonalScope(dbPath);
  const child = startProcess(env);
  await waitForHealth(url, child);

  return {
    url,
    key,
    async api<T>(method: string, path: string, body?: unknown) {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${key}`,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
    async dispose() {
      await stopProcess(child);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
