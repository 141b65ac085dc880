// @vitest-environment node
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

// Real server processes (server/index.ts, API only) on one database directory: a session must
// survive a restart and work on a second instance, and sign-out on one must end it on the other.
const SERVER = join(import.meta.dirname, '..', 'index.ts');
const CLI = join(import.meta.dirname, '..', 'cli.ts');
const dir = mkdtempSync(join(tmpdir(), 'bks-sessions-restart-'));
const env: NodeJS.ProcessEnv = { ...process.env, SANDBOX_DB: join(dir, 'sandbox.db'), HOST: '127.0.0.1', LOG_REQUESTS: '0' };
delete env.NEXTDOCS_API_KEY;
delete env.NEXTDOCS_API_URL;
delete env.SESSION_DB;
delete env.SESSION_SECRET;
const running = new Set<ChildProcess>();

afterAll(async () => {
  await Promise.all([...running].map(stop));
  rmSync(dir, { recursive: true, force: true });
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

async function start(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER], { env: { ...env, PORT: String(port) }, stdio: 'ignore' });
  running.add(child);
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`server exited (${code})`))));
  // State, not time: poll /health until it answers (the first start also seeds the database).
  const ready = (async () => {
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  })();
  await Promise.race([ready, exited]);
  return child;
}

function stop(child: ChildProcess): Promise<void> {
  running.delete(child);
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

const send = (port: number, path: string, init: RequestInit & { cookie?: string } = {}) =>
  fetch(`http://127.0.0.1:${port}${path}`, {
    ...init,
    headers: {
      origin: `http://127.0.0.1:${port}`,
      'content-type': 'application/json',
      ...(init.cookie ? { cookie: init.cookie } : {}),
    },
  });

const signedIn = async (port: number, cookie: string) =>
  ((await (await send(port, '/session', { cookie })).json()) as { signed_in: boolean }).signed_in;

it('keeps a session through a restart, shares it with a second instance, and ends it everywhere on sign-out', async () => {
  const [portA, portB] = [await freePort(), await freePort()];
  let a = await start(portA);
  const key = execFileSync(process.execPath, ['--import', 'tsx', CLI, 'keys', 'create', '--user', 'restart@example.test'], {
    env,
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .at(-1)!;

  const signIn = await send(portA, '/session', { method: 'POST', body: JSON.stringify({ key }) });
  expect(signIn.status).toBe(200);
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
  expect(cookie).toMatch(/^bks_session=[A-Za-z0-9_-]{43}$/);

  await stop(a);
  a = await start(portA);
  expect(await signedIn(portA, cookie)).toBe(true);
  expect((await send(portA, '/v1/brands', { cookie })).status).toBe(200);

  const b = await start(portB);
  expect(await signedIn(portB, cookie)).toBe(true);
  expect((await send(portB, '/v1/brands', { cookie })).status).toBe(200);

  expect((await send(portB, '/session', { method: 'DELETE', cookie })).status).toBe(204);
  expect(await signedIn(portA, cookie)).toBe(false);
  expect((await send(portA, '/v1/brands', { cookie })).status).toBe(401);
  await Promise.all([stop(a), stop(b)]);
}, 120_000);
