import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { openDb } from './db/open-db.ts';
import { createFileStore } from './lib/files.ts';
import { SourceFetchError } from './lib/fetch-source.ts';

const dir = mkdtempSync(join(tmpdir(), 'bks-cli-'));
const env = { ...process.env, SANDBOX_DB: join(dir, 'cli.db') };
const run = (...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'cli.ts'), ...args], {
    env,
    encoding: 'utf8',
  });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('reseeds and creates keys that the running app accepts at once', async () => {
  expect(run('seed', '--assets', '150', '--brands', '9')).toMatch(/Reseeded/);
  const key = run('keys', 'create', '--user', 'cli@example.test', '--org', 'acme-inc', '--role', 'MEMBER').trim();
  expect(key).toMatch(/^nxd_[A-Za-z0-9_-]+$/);

  const db = openDb(env.SANDBOX_DB);
  const app = createApp({
    db,
    files: createFileStore(join(dir, 'files')),
    fetchSource: async () => {
      throw new SourceFetchError('unused');
    },
    logRequests: false,
  });
  const headers = { authorization: `Bearer ${key}` };
  const me = (await (await app.request('/v1/me', { headers })).json()) as { email: string };
  expect(me.email).toBe('cli@example.test');
  const orgs = (await (await app.request('/v1/organizations', { headers })).json()) as {
    data: { slug: string; role: string }[];
  };
  expect(orgs.data.map((o) => [o.slug, o.role])).toEqual([['acme-inc', 'MEMBER']]);
  const counts = db.prepare('SELECT (SELECT count(*) FROM assets) AS a, (SELECT count(*) FROM brands) AS b').get();
  expect(counts).toEqual({ a: 150, b: 9 });
  db.close();
}, 60_000);

it('refuses bad usage with a message', () => {
  expect(() => run('keys', 'create')).toThrow();
  expect(() => run('frobnicate')).toThrow();
});
