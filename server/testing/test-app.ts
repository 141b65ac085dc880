import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { AppDeps } from '../app-deps.ts';
import { createApp } from '../app.ts';
import { openDb } from '../db/open-db.ts';
import { SourceFetchError } from '../lib/fetch-source.ts';
import { createFileStore } from '../lib/files.ts';
import { generateKey, storeKey } from '../lib/keys.ts';
import { addMember, insertOrg, insertUser } from '../lib/accounts.ts';

interface RequestOptions {
  key?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * The real sandbox app on a fresh in-memory database (no second fake API):
 * user A owns O1 and is a member of O2; user B belongs to O3 only.
 */
export function createTestApp(overrides: Partial<AppDeps> = {}) {
  const db: Database.Database = openDb(':memory:');
  const dir = mkdtempSync(join(tmpdir(), 'bks-files-'));
  const files = createFileStore(dir);
  const logs: string[] = [];
  const a = insertUser(db, 'a@example.test');
  const b = insertUser(db, 'b@example.test');
  const o1 = insertOrg(db, 'Org One', 'org-one');
  const o2 = insertOrg(db, 'Org Two', 'org-two');
  const o3 = insertOrg(db, 'Org Three', 'org-three');
  addMember(db, a, o1, 'OWNER');
  addMember(db, a, o2, 'MEMBER');
  addMember(db, b, o3, 'MEMBER');
  const keys = { a: generateKey(), b: generateKey() };
  const now = new Date().toISOString();
  storeKey(db, a, keys.a, 'test', now);
  storeKey(db, b, keys.b, 'test', now);

  const deps: AppDeps = {
    db,
    files,
    fetchSource: async () => {
      throw new SourceFetchError('No source fetcher configured in this test.');
    },
    log: (line) => logs.push(line),
    publicUrl: 'http://sandbox.test',
    ...overrides,
  };
  const app = createApp(deps);

  async function request(method: string, path: string, options: RequestOptions = {}) {
    const headers: Record<string, string> = { ...options.headers };
    const key = options.key === undefined ? keys.a : options.key;
    if (key) headers.authorization = `Bearer ${key}`;
    let body: string | undefined;
    if (options.body !== undefined) {
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await app.request(path, { method, headers, body });
    const text = await res.text();
    const json = text ? (JSON.parse(text) as unknown) : undefined;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
    return { status: res.status, headers: res.headers, json: json as any, text };
  }

  return {
    app,
    db,
    files,
    deps,
    logs,
    keys,
    users: { a, b },
    orgs: { o1, o2, o3 },
    request,
    close: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
export type TestApp = ReturnType<typeof createTestApp>;
