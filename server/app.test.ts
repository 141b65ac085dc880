import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/test-app.ts';
import { JSON_BODY_LIMIT } from './lib/request.ts';

let t: TestApp;
afterEach(() => t?.close());

describe('health, me and organizations', () => {
  it('answers health without a key on both paths', async () => {
    t = createTestApp();
    for (const path of ['/health', '/v1/health']) {
      const res = await t.request('GET', path, { key: null });
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ ok: true, service: 'nextdocs-sandbox' });
      expect(typeof res.json.timestamp).toBe('number');
    }
  });

  it('returns the key owner from /v1/me and only their memberships', async () => {
    t = createTestApp();
    const me = await t.request('GET', '/v1/me');
    expect(me.json).toMatchObject({ object: 'user', id: t.users.a, email: 'a@example.test' });
    const orgs = await t.request('GET', '/v1/organizations');
    expect(orgs.json.has_more).toBe(false);
    expect(orgs.json.data.map((o: { id: string }) => o.id).sort()).toEqual([t.orgs.o1, t.orgs.o2].sort());
    expect(orgs.json.data.find((o: { id: string }) => o.id === t.orgs.o1).role).toBe('OWNER');
    const other = await t.request('GET', '/v1/organizations', { key: t.keys.b });
    expect(other.json.data.map((o: { id: string }) => o.id)).toEqual([t.orgs.o3]);
  });
});

describe('authentication', () => {
  it.each([
    ['no header', undefined],
    ['not bearer', 'Basic abc'],
    ['wrong shape', 'Bearer abc'],
    ['unknown key', 'Bearer nxd_unknownunknownunknown'],
  ])('refuses %s with 401 and the envelope', async (_name, header) => {
    t = createTestApp();
    const res = await t.request('GET', '/v1/brands', { key: null, headers: header ? { authorization: header } : {} });
    expect(res.status).toBe(401);
    expect(res.json.error.code).toBe('UNAUTHORIZED');
  });

  it('refuses a revoked key', async () => {
    t = createTestApp();
    t.db.prepare('UPDATE api_keys SET revoked_at = ? WHERE user_id = ?').run(new Date().toISOString(), t.users.a);
    expect((await t.request('GET', '/v1/me')).status).toBe(401);
  });

  it('stores keys only as SHA-256 digests', () => {
    t = createTestApp();
    const rows = t.db.prepare('SELECT key_hash FROM api_keys').all() as { key_hash: string }[];
    for (const row of rows) expect(row.key_hash).toMatch(/^[0-9a-f]{64}$/);
    const dump = JSON.stringify(t.db.prepare('SELECT * FROM api_keys').all());
    expect(dump).not.toContain(t.keys.a);
  });

  it.each([
    '//v1/brands',
    '/v1//brands',
    '/V1/brands',
    '/v1/brands/',
    '/v1/%62rands',
    '/v1/./brands',
    '/v1/..%2fbrands',
    '/v1/brands%00',
  ])('never answers 2xx without a key for %s', async (path) => {
    t = createTestApp();
    const res = await t.request('GET', path, { key: null });
    expect(res.status).toBeGreaterThanOrEqual(400);
  });
});

describe('request bodies', () => {
  const body = { name: 'Acme', theme_id: 'midnight-blue' };

  it('415 without application/json', async () => {
    t = createTestApp();
    const res = await t.request('POST', '/v1/brands', {
      body: JSON.stringify(body),
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(415);
    expect(res.json.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it.each([
    ['malformed', '{"name":'],
    ['empty', ''],
    ['an array', '[]'],
    ['null', 'null'],
  ])('400 for a %s body', async (_name, raw) => {
    t = createTestApp();
    const res = await t.app.request('/v1/brands', {
      method: 'POST',
      headers: { authorization: `Bearer ${t.keys.a}`, 'content-type': 'application/json' },
      body: raw,
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('VALIDATION_ERROR');
  });

  it('413 over 64 KB, whether declared or streamed', async () => {
    t = createTestApp();
    const big = JSON.stringify({ ...body, ai_instruction: 'x'.repeat(JSON_BODY_LIMIT) });
    const declared = await t.request('POST', '/v1/brands', { body: big });
    expect(declared.status).toBe(413);
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(big));
        c.close();
      },
    });
    const chunked = await t.app.request('/v1/brands', {
      method: 'POST',
      headers: { authorization: `Bearer ${t.keys.a}`, 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(((await chunked.json()) as { error: { code: string } }).error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(t.db.prepare('SELECT count(*) AS n FROM brands').get()).toEqual({ n: 0 });
  });
});

describe('errors and headers', () => {
  it('unknown routes are 404 with the envelope', async () => {
    t = createTestApp();
    const res = await t.request('GET', '/v1/nope');
    expect(res.status).toBe(404);
    expect(res.json.error.code).toBe('NOT_FOUND');
  });

  it('an unexpected failure is a generic 500 with a request id and no internals', async () => {
    t = createTestApp();
    t.db.exec('DROP TABLE brands');
    const res = await t.request('GET', '/v1/brands');
    expect(res.status).toBe(500);
    expect(res.json.error.code).toBe('INTERNAL_ERROR');
    expect(res.json.error.request_id).toBe(res.headers.get('x-request-id'));
    expect(res.text).not.toMatch(/brands|sqlite|SELECT|\/work|at .*\.ts/i);
    expect(t.logs.some((l) => l.includes(res.json.error.request_id))).toBe(true);
  });

  it('sets nosniff everywhere and no-store on the API, and never CORS', async () => {
    t = createTestApp();
    const res = await t.request('GET', '/v1/brands');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps keys out of every log line', async () => {
    t = createTestApp();
    await t.request('GET', '/v1/me');
    await t.request('GET', '/v1/me', { key: 'nxd_wrongwrongwrong' });
    expect(t.logs.length).toBeGreaterThan(0);
    expect(t.logs.join('\n')).not.toMatch(/nxd_/);
  });
});

describe('rate limit', () => {
  it('gives exactly the overflow 429s to the noisy key, with Retry-After, and none to the other', async () => {
    let now = 1_000_000;
    t = createTestApp({ rateLimit: { capacity: 10, refillPerSecond: 1 }, clock: { now: () => now } });
    const statuses: number[] = [];
    for (let i = 0; i < 15; i++) {
      statuses.push((await t.request('GET', '/v1/me')).status);
      // Key B sends normally (well under its own bucket) during A's burst.
      if (i % 3 === 0) expect((await t.request('GET', '/v1/me', { key: t.keys.b })).status).toBe(200);
    }
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
    const limited = await t.request('GET', '/v1/me');
    expect(limited.json.error.code).toBe('RATE_LIMITED');
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1).toBe(true);
    now += retryAfter * 1000;
    expect((await t.request('GET', '/v1/me')).status).toBe(200);
  });
});

describe('fault injection', () => {
  it('answers the configured status for matching requests only', async () => {
    t = createTestApp({ faults: 'DELETE /v1/assets/*=409,PATCH /v1/brands/*=500' });
    const del = await t.request('DELETE', '/v1/assets/asset_01HZZZZZZZZZZZZZZZZZZZZZZZ');
    expect(del.status).toBe(409);
    expect(del.json.error.code).toBe('CONFLICT');
    const patch = await t.request('PATCH', '/v1/brands/brand_x', { body: { name: 'x' } });
    expect(patch.status).toBe(500);
    // Like a real 500: its request id in the envelope and in X-Request-Id, the same one.
    const requestId = patch.json.error.request_id as string;
    expect(requestId).toMatch(/^[0-9a-f]{8}-[0-9a-z]+$/);
    expect(patch.headers.get('x-request-id')).toBe(requestId);
    expect((await t.request('GET', '/v1/brands')).status).toBe(200);
  });

  it('is off by default and rejects malformed rules', async () => {
    t = createTestApp();
    expect((await t.request('DELETE', '/v1/assets/asset_01HZZZZZZZZZZZZZZZZZZZZZZZ')).status).toBe(404);
    expect(() => createTestApp({ faults: 'nonsense' })).toThrow(/SANDBOX_FAULTS/);
  });
});
