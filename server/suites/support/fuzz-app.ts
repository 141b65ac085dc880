import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import type { AppDeps } from '../../app-deps.ts';
import { addMember } from '../../lib/accounts.ts';
import { setup } from '../../routes/route-test-helpers.ts';

/** One raw request: the path carries its own (possibly malformed) query, the body is sent as given. */
export interface RawRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface RawResponse {
  status: number;
  contentType: string | null;
  requestId: string | null;
  text: string;
  /** The parsed body, or undefined when there is none or it is not JSON. */
  json: unknown;
}

/**
 * The real sandbox in process (route-test-helpers' `setup`: fresh in-memory DB, the fake source
 * fetcher, so asset creates never touch the network), with user B added to A's organization O1
 * so the two keys share one org, and the rate limit out of the way: thousands of requests in a
 * fixed clock's single millisecond would otherwise meet 429s that no contract list names.
 */
export function fuzzApp(overrides: Partial<AppDeps> = {}) {
  const t = setup({ rateLimit: { capacity: 1e12, refillPerSecond: 1e12 }, ...overrides });
  addMember(t.db, t.users.b, t.orgs.o1, 'MEMBER');
  const tables = (
    t.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);
  const dumps = tables.map((name) => t.db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).raw());

  async function send(req: RawRequest, handler: { request: typeof t.app.request } = t.app): Promise<RawResponse> {
    const res = await handler.request(req.path, { method: req.method, headers: req.headers, body: req.body });
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return {
      status: res.status,
      contentType: res.headers.get('content-type'),
      requestId: res.headers.get('x-request-id'),
      text,
      json,
    };
  }

  /** Every row of every table, plus the stored file names: equal checksums mean no side effect. */
  function checksum(): string {
    const hash = createHash('sha256');
    dumps.forEach((stmt, i) => hash.update(`${tables[i]}\n${JSON.stringify(stmt.all())}\n`));
    hash.update(readdirSync(t.files.dir).sort().join('\n'));
    return hash.digest('hex');
  }

  const auth = (key: string) => ({ authorization: `Bearer ${key}` });
  return { ...t, tables, send, checksum, auth };
}
export type FuzzApp = ReturnType<typeof fuzzApp>;
