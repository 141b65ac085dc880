import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './local-machine.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface RestartableServer {
  url: string;
  /** The key every visitor is signed in with (NEXTDOCS_API_KEY); also an API client's Bearer key. */
  key: string;
  /** SIGTERM, then wait until the process has exited: from then on nothing listens on the port. */
  stop(): Promise<void>;
  /** Starts it again on the same port and database, and waits until /health answers. */
  start(): Promise<void>;
  /** Stops it (if running) and deletes its database. */
  dispose(): Promise<void>;
}

/**
 * The production server (`server/index.ts --serve-spa`, as playwright.config.ts's webServer runs
 * it) that a journey may stop and start again on the SAME port and database: the outage
 * journeys need a server that goes away and comes back, which the shared web server must not.
 */
export async function startRestartableServer(): Promise<RestartableServer> {
  const dir = await mkdtemp(join(tmpdir(), 'brandkit-e2e-outage-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const key = `nxd_outage_${randomBytes(16).toString('hex')}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    SANDBOX_DB: join(dir, 'sandbox.db'),
    NEXTDOCS_API_KEY: key,
    LOG_REQUESTS: '0',
  };
  delete env.NEXTDOCS_API_URL;
  delete env.SANDBOX_FAULTS;

  let child: ChildProcess | null = null;
  let output = '';

  const start = async () => {
    if (child) throw new Error('The server is already running.');
    const proc = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts', '--serve-spa'], { cwd: ROOT, env });
    child = proc;
    let exited = false;
    proc.once('exit', () => {
      exited = true;
      if (child === proc) child = null;
    });
    proc.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    proc.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    // The seed runs on the first start: allow for it on a loaded machine.
    const deadline = Date.now() + 150_000;
    for (;;) {
      if (exited) throw new Error(`The server exited during startup:\n${output}`);
      try {
        if ((await fetch(`${url}/health`)).ok) return;
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) throw new Error(`The server did not start in time:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  const stop = async () => {
    const proc = child;
    if (!proc) return;
    const gone = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGTERM');
    await gone;
  };

  await start();
  return {
    url,
    key,
    start,
    stop,
    async dispose() {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
