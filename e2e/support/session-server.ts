import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort } from './local-machine.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const run = promisify(execFile);

/** Everything the server process wrote, for the scan for keys in server logs at the end. */
export interface SessionServer {
  url: string;
  /** stdout and stderr so far. */
  logs(): string;
  /** The demo account's key: random per run and printed once at startup, on purpose. */
  demoKey: string;
  /** A new sandbox key for `email` (the user is created on first use), made with the CLI like an operator would. */
  createKey(email: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The production server (`server/index.ts --serve-spa`) on a fresh sandbox and a free port, WITHOUT
 * NEXTDOCS_API_KEY, so nobody is signed in until they bring a key: the session journeys need
 * that, while the default web server of playwright.config.ts signs everyone in.
 */
export async function startSessionServer(): Promise<SessionServer> {
  const dir = await mkdtemp(join(tmpdir(), 'brandkit-e2e-session-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', SANDBOX_DB: join(dir, 'sandbox.db'), LOG_REQUESTS: '1' };
  delete env.NEXTDOCS_API_KEY;
  delete env.NEXTDOCS_API_URL;

  let output = '';
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts', '--serve-spa'], { cwd: ROOT, env });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  let exited = false;
  child.on('exit', () => (exited = true));

  // The seed and, when dist/ is stale, a build may run first: allow for both.
  const deadline = Date.now() + 150_000;
  for (;;) {
    if (exited) throw new Error(`The session server exited during startup:\n${output}`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`The session server did not start in time:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const demoKey = /Demo API key \(new for this run\): (nxd_[A-Za-z0-9_-]+)/.exec(output)?.[1];
  if (!demoKey) throw new Error(`No demo key in the startup output:\n${output}`);

  return {
    url,
    demoKey,
    logs: () => output,
    async createKey(email) {
      const { stdout } = await run(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'keys', 'create', '--user', email], {
        cwd: ROOT,
        env: { ...env },
      });
      const key = stdout.trim().split('\n').at(-1) ?? '';
      if (!/^nxd_[A-Za-z0-9_-]{8,}$/.test(key)) throw new Error('keys create printed no key');
      return key;
    },
    async stop() {
      if (!exited) {
        const gone = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await gone;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
