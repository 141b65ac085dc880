import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './local-machine.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The whole app in proxy mode against "an API that is not the sandbox": a second process plays
 * the real API (the sandbox, API only, with SANDBOX_ID_STYLE=reference so every id is shaped like
 * the reference's examples and none like ours), and the app under test forwards /v1 to it.
 */
export interface ProxyPair {
  /** The app in proxy mode (what the browser opens). */
  url: string;
  /** The stand-in API's origin (where asset bytes come from). */
  apiOrigin: string;
  /** The stand-in for the real API, for arranging and checking state with the key. */
  api<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  stop(): Promise<void>;
}

async function waitHealthy(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 150_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`A server exited during startup:\n${output()}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`A server did not start in time:\n${output()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function launch(args: string[], env: NodeJS.ProcessEnv) {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts', ...args], { cwd: ROOT, env });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return { child, output: () => output };
}

export async function startProxyPair(): Promise<ProxyPair> {
  const dir = await mkdtemp(join(tmpdir(), 'brandkit-e2e-proxy-'));
  const key = `nxd_proxy_${randomBytes(16).toString('hex')}`;
  const [apiPort, appPort] = [await freePort(), await freePort()];
  const base: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', LOG_REQUESTS: '0', NEXTDOCS_API_KEY: key };
  delete base.NEXTDOCS_API_URL;
  delete base.SANDBOX_FAULTS;

  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const upstream = launch([], { ...base, PORT: String(apiPort), SANDBOX_DB: join(dir, 'api', 'sandbox.db'), SANDBOX_ID_STYLE: 'reference' });
  await waitHealthy(apiUrl, upstream.child, upstream.output);

  const url = `http://127.0.0.1:${appPort}`;
  const app = launch(['--serve-spa'], {
    ...base,
    PORT: String(appPort),
    NEXTDOCS_API_URL: apiUrl,
    SESSION_DB: join(dir, 'app', 'sessions.db'),
  });
  await waitHealthy(url, app.child, app.output);

  const stop = (child: ChildProcess) =>
    child.exitCode !== null
      ? Promise.resolve()
      : new Promise<void>((done) => {
          child.once('exit', () => done());
          child.kill('SIGTERM');
        });

  return {
    url,
    apiOrigin: apiUrl,
    async api<T>(method: string, path: string, body?: unknown) {
      const res = await fetch(`${apiUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return (res.status === 204 ? undefined : await res.json()) as T;
    },
    async stop() {
      await Promise.all([stop(app.child), stop(upstream.child)]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
