import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodePng } from '../../db/seed/png.ts';
import { type FixtureRoute, type HttpsFixture, startHttpsFixture } from '../../testing/https-fixture.ts';

// The real server (server/index.ts, API only) as a child process on a temporary database, with a
// local HTTPS origin it may fetch asset bytes from (SANDBOX_FETCH_ALLOW_HOSTS, SANDBOX_FETCH_CA).
const SERVER = join(import.meta.dirname, '..', '..', 'index.ts');
export const CRASH_KEY = 'nxd_crash_consistency_suite_key';

export interface FixtureImage {
  url: string;
  size: number;
}

export interface SandboxHarness {
  port: number;
  dbPath: string;
  filesDir: string;
  images: FixtureImage[];
  /** Starts the server and resolves once /health answers; `preload` is an extra `--import` module (negative controls). */
  start(options?: { preload?: string; env?: Record<string, string> }): Promise<void>;
  /** SIGKILL, then waits for the process to be gone. */
  kill(): Promise<void>;
  /** Resolves true if the process exits by itself within `ms` (a control's crash point). */
  exitsWithin(ms: number): Promise<boolean>;
  /** Stored files the startup sweeps reported removing, over all starts. */
  sweptFiles(): number;
  recentOutput(): string;
  close(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** Solid-colour PNGs of different sizes, so each stored file has a size of its own to check. */
function fixtureRoutes(): Record<string, FixtureRoute> {
  const routes: Record<string, FixtureRoute> = {};
  for (let n = 0; n < 6; n++) {
    const [w, h] = [24 + n * 40, 16 + n * 30];
    const rgb = new Uint8Array(w * h * 3).fill(40 * n);
    routes[`/img/${n}.png`] = { headers: { 'content-type': 'image/png' }, body: encodePng(w, h, rgb) };
  }
  return routes;
}

export async function startSandboxHarness(): Promise<SandboxHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'bks-crash-'));
  const routes = fixtureRoutes();
  const fixture: HttpsFixture = await startHttpsFixture(routes);
  const caPath = join(dir, 'fixture-ca.pem');
  writeFileSync(caPath, fixture.ca);
  const port = await freePort();
  const dbPath = join(dir, 'sandbox.db');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SANDBOX_DB: dbPath,
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_REQUESTS: '0',
    NEXTDOCS_API_KEY: CRASH_KEY,
    SANDBOX_FETCH_ALLOW_HOSTS: 'localhost',
    SANDBOX_FETCH_CA: caPath,
    // The workload is far below any sane limit, but a slow machine must not turn it into 429s.
    SANDBOX_RATE_LIMIT: '100000:100000',
  };
  for (const name of [
    'NEXTDOCS_API_URL',
    'SESSION_DB',
    'SESSION_SECRET',
    'SANDBOX_FILES',
    'SANDBOX_FAULTS',
    'SANDBOX_ID_STYLE',
  ]) {
    delete env[name];
  }

  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  let swept = 0;
  const output: string[] = [];
  const remember = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      const removed = /^Removed (\d+) stored file/.exec(line);
      if (removed) swept += Number(removed[1]);
      output.push(line);
      if (output.length > 40) output.shift();
    }
  };

  const harness: SandboxHarness = {
    port,
    dbPath,
    filesDir: join(dir, 'files'),
    images: Object.entries(routes).map(([path, r]) => ({
      url: fixture.url(path),
      size: (r.body as Buffer).byteLength,
    })),

    async start(options = {}) {
      const args = ['--import', 'tsx', ...(options.preload ? ['--import', options.preload] : []), SERVER];
      const proc = spawn(process.execPath, args, {
        env: { ...env, ...options.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = proc;
      proc.stdout!.on('data', remember);
      proc.stderr!.on('data', remember);
      exited = new Promise((resolve) => proc.once('exit', () => resolve()));
      const died = exited.then(() => {
        throw new Error(`server exited during start:\n${output.join('\n')}`);
      });
      // State, not time: poll /health until it answers (the first start also seeds the database).
      const ready = (async () => {
        while (proc.exitCode === null && proc.signalCode === null) {
          try {
            if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return;
          } catch {
            await new Promise((r) => setTimeout(r, 50));
          }
        }
      })();
      await Promise.race([ready, died]);
    },

    async kill() {
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },

    async exitsWithin(ms) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
      const result = await Promise.race([exited.then(() => true), timeout]);
      clearTimeout(timer);
      return result;
    },

    sweptFiles: () => swept,
    recentOutput: () => output.join('\n'),

    async close() {
      await harness.kill();
      await fixture.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return harness;
}
