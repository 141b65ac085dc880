// @vitest-environment node
/**
 * The suites' checks must be able to fail: each runs here once against a sandbox with one guard
 * switched off (or one bug injected) and must then report it. Also D12's 500 path: an internal
 * error whose message is full of SQL, paths and key-like text still answers the generic envelope.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Tally, exercise } from './support/contract-oracle.ts';
import { ErrorLedger, leaksIn } from './support/error-ledger.ts';
import { makeFixtures } from './support/fixtures.ts';
import { type FuzzApp, type RawRequest, fuzzApp } from './support/fuzz-app.ts';
import { Model, Real } from './support/model.ts';
import { AssetById, CreateAsset } from './support/model-commands-assets.ts';
import { operations } from './support/operations.ts';

type Handler = (path: string, init: RequestInit) => Response | Promise<Response>;
/** The same sandbox seen through a wrapper that changes what goes in or comes out. */
const through = (t: FuzzApp, handler: Handler): FuzzApp => ({ ...t, send: (req: RawRequest) => t.send(req, { request: handler } as never) });

async function problemsFor(t: FuzzApp, opName: string, req: RawRequest) {
  const fx = await makeFixtures(t);
  const op = operations(fx).find((o) => o.name === opName)!;
  return { fx, problems: await exercise(t, op, req, new ErrorLedger([t.keys.a, t.keys.b]), new Tally()) };
}
const post = (t: FuzzApp, path: string, body: unknown): RawRequest => ({
  method: 'POST', path, headers: { authorization: `Bearer ${t.keys.a}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
});

describe('negative controls: the D1 oracle', () => {
  it('reports a 500 (injected with the SANDBOX_FAULTS switch)', async () => {
    const t = fuzzApp({ faults: 'PATCH /v1/brands/*=500' });
    const fx = await makeFixtures(t);
    const op = operations(fx).find((o) => o.name === 'PATCH /v1/brands/{id}')!;
    const req = { ...post(t, `/v1/brands/${fx.brands.a}`, { name: 'x' }), method: 'PATCH' };
    const problems = await exercise(t, op, req, new ErrorLedger([t.keys.a]), new Tally());
    expect(problems.join('\n')).toMatch(/server error 500/);
    expect(problems.join('\n')).toMatch(/not in the contract's list/);
    t.close();
  });

  it('reports a side effect of a refused request (a sandbox that writes before it validates)', async () => {
    const base = fuzzApp();
    const t = through(base, (path, init) => {
      base.db.prepare("UPDATE brands SET name = name || '!'").run();
      return base.app.request(path, init);
    });
    const { problems } = await problemsFor(t, 'POST /v1/brands', post(t, '/v1/brands', { name: '' }));
    expect(problems.join('\n')).toMatch(/database or files changed by a POST answered 400/);
    base.close();
  });

  it('reports a string that does not round-trip (a sandbox that trims names)', async () => {
    const base = fuzzApp();
    const t = through(base, (path, init) => {
      const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
      if (body?.name) body.name = String(body.name).trim();
      return base.app.request(path, { ...init, body: body ? JSON.stringify(body) : init.body });
    });
    const { problems } = await problemsFor(t, 'POST /v1/brands', post(t, '/v1/brands', { name: ' Acme\u200f ', theme_id: 'midnight-blue' }));
    expect(problems.join('\n')).toMatch(/name sent " Acme\u200f ", read "Acme\u200f"/);
    base.close();
  });

  it('reports a 2xx body that breaks the contract schema', async () => {
    const base = fuzzApp();
    const t = through(base, async (path, init) => {
      const res = await base.app.request(path, init);
      if (res.status !== 201) return res;
      const { created_at: _dropped, ...rest } = (await res.json()) as Record<string, unknown>;
      return new Response(JSON.stringify(rest), { status: 201, headers: res.headers });
    });
    const { problems } = await problemsFor(t, 'POST /v1/themes', post(t, '/v1/themes', {
      name: 'T', font_primary: 'Inter', font_secondary: 'Lora', colors: (await base.request('GET', '/v1/themes/midnight-blue')).json.colors,
    }));
    expect(problems.join('\n')).toMatch(/does not parse with the contract/);
    base.close();
  });
});

describe('negative controls: the D2 model', () => {
  it('finds a use-after-free (a DELETE that answers 204 but keeps the asset)', async () => {
    const base = fuzzApp();
    const t = through(base, (path, init) =>
      init.method === 'DELETE' && path.startsWith('/v1/assets/') ? new Response(null, { status: 204 }) : base.app.request(path, init),
    );
    const cmds = [new CreateAsset('a', false, 'x', null, false), new AssetById('a', 'DELETE', 0, null), new AssetById('a', 'GET', 0, null)];
    await expect(fc.asyncModelRun(() => ({ model: new Model(), real: new Real(t) }), cmds)).rejects.toThrow(/row and file counts|deleted or foreign asset/);
    base.close();
  });

  it('finds leaked bytes when a failed create no longer removes them (and none with the cleanup on)', async () => {
    for (const cleanup of [true, false]) {
      const t = fuzzApp();
      const brand = (await t.request('POST', '/v1/brands', { body: { name: 'B', theme_id: 'midnight-blue' } })).json.id;
      // The brand disappears while the source is fetched, so the insert fails after the bytes were written.
      const fetch = t.deps.fetchSource;
      t.deps.fetchSource = async (url) => {
        t.db.prepare('DELETE FROM brands').run();
        return fetch(url);
      };
      if (!cleanup) t.files.remove = () => {};
      const res = await t.request('POST', '/v1/assets', { body: { source_url: 'https://img.test/a.png', brand_id: brand } });
      expect(res.status).toBe(404);
      expect(new Real(t).counts()).toMatchObject({ assets: 0, files: cleanup ? 0 : 1 });
      t.close();
    }
  });
});

describe('D12: internal errors', () => {
  it('answer a generic 500 with a request id the log holds, whatever the error said', async () => {
    const message = 'SQLITE_ERROR: near "SELECT": syntax error in SELECT * FROM assets at /work/server/lib/x.ts:12:3 key nxd_abcdefgh1234';
    expect(leaksIn(message)).toEqual(['stack trace', 'SQL', 'file path', 'key material']);
    expect(leaksIn(new Error('x').stack!)).toContain('stack trace');
    const t = fuzzApp();
    t.deps.fetchSource = async () => {
      throw new Error(message);
    };
    const res = await t.send(post(t, '/v1/assets', { source_url: 'https://img.test/a.png' }));
    const ledger = new ErrorLedger([t.keys.a]);
    expect(res.status).toBe(500);
    expect(ledger.record(res, t.logs)).toEqual([]);
    expect(ledger.serverErrors).toBe(1);
    // The ledger itself fails a 500 whose id is not in the log.
    expect(ledger.record(res, [])).toEqual([expect.stringMatching(/not in the log/)]);
    t.close();
  });
});
