// @vitest-environment node
/**
 * D8 (reliability.md): the SSRF corpus through the API (POST /v1/assets on the real app with the real
 * guarded fetcher). server/lib/fetch-source.test.ts covers the fetcher's own behaviour; this suite adds
 * the end-to-end answer (400 VALIDATION_ERROR naming source_url with a reason, nothing stored) and a
 * loopback canary watched over the whole suite. Negative control: the same app with the guard off
 * (createSourceFetcher({ guard: false })) must reach the canary for every URL marked `canary`.
 */
import fs from 'node:fs';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSourceFetcher, type Resolver } from '../lib/fetch-source.ts';
import { samplePng } from '../testing/sample-files.ts';
import { startHttpsFixture, type HttpsFixture } from '../testing/https-fixture.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { CORPUS, DNS, REASONS, REBIND, type CorpusEntry } from './ssrf-corpus.ts';

let canary: net.Server;
let canaryHits = 0;
let cp = '';
let fixture: HttpsFixture;
const lookups: Record<string, number> = {};
const counts = { urls: CORPUS.length, refused: 0, guardedHits: -1, controlHits: 0, controlUrls: 0 };

const resolver: Resolver = async (host) => {
  const name = host.toLowerCase();
  lookups[name] = (lookups[name] ?? 0) + 1;
  const answers = name === REBIND.host ? [lookups[name] === 1 ? REBIND.first : REBIND.then] : DNS[name];
  if (!answers) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return answers.map((address) => ({ address, family: net.isIP(address) === 6 ? 6 : 4 }));
};

function appWith(guard: boolean): TestApp {
  // Short deadline: the rebinding case connects to its vetted public address, which may not answer.
  const fetcher = createSourceFetcher({
    resolver,
    allowHosts: ['allowed.test'],
    ca: fixture.ca,
    timeoutMs: 2000,
    guard,
  });
  return createTestApp({ fetchSource: fetcher });
}
const fill = (entry: CorpusEntry) => entry.url.replace('{cp}', cp).replace('{fx}', `:${fixture.port}`);

beforeAll(async () => {
  canary = net.createServer((socket) => {
    canaryHits++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => canary.listen(0, '127.0.0.1', resolve));
  cp = `:${(canary.address() as net.AddressInfo).port}`;
  fixture = await startHttpsFixture(
    {
      '/logo.png': { body: samplePng(8, 8) },
      '/r/loopback': { redirect: `https://127.0.0.1${cp}/` },
      '/r/loop-name': { redirect: `https://loop.test${cp}/` },
      '/r/metadata': { redirect: 'https://169.254.169.254/latest/meta-data/' },
      '/r/metadata-name': { redirect: 'https://metadata.google.internal/computeMetadata/v1/' },
      '/r/http': { redirect: `http://127.0.0.1${cp}/` },
      '/five/1': { redirect: '/five/2' },
      '/five/2': { redirect: '/five/3' },
      '/five/3': { redirect: '/five/4' },
      '/five/4': { redirect: '/five/5' },
      '/five/5': { redirect: `https://127.0.0.1${cp}/` },
    },
    { altNames: ['allowed.test'] },
  );
});

afterAll(async () => {
  console.log(
    `D8 SSRF corpus: ${counts.urls} URLs, ${counts.refused} refused with 400 VALIDATION_ERROR and a reason, ` +
      `canary connections while guarded ${counts.guardedHits}; guard off: ${counts.controlHits}/${counts.controlUrls} marked URLs reached the canary`,
  );
  await fixture?.close();
  await new Promise((resolve) => canary?.close(resolve));
});

describe('D8 SSRF corpus through POST /v1/assets', () => {
  let t: TestApp;
  beforeAll(() => {
    t = appWith(true);
  });
  afterAll(() => t?.close());

  it('has at least 45 URLs', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(45);
  });

  it.each(CORPUS)('refuses $url', async (entry) => {
    const res = await t.request('POST', '/v1/assets', { body: { source_url: fill(entry) } });
    expect(res.status, res.text).toBe(400);
    expect(res.json.error.code).toBe('VALIDATION_ERROR');
    expect(res.json.error.details).toEqual([
      { path: 'source_url', message: expect.stringMatching(REASONS[entry.reason]) },
    ]);
    counts.refused++;
  });

  it('stored nothing: no asset row, no file', () => {
    expect(t.db.prepare('SELECT COUNT(*) AS n FROM assets').get()).toEqual({ n: 0 });
    expect(fs.readdirSync(t.files.dir)).toEqual([]);
  });

  it('the rebinding name was looked up once, so the socket could only use the vetted answer', () => {
    expect(lookups[REBIND.host]).toBe(1);
  });

  it('the canary received no connection during the whole guarded run', () => {
    counts.guardedHits = canaryHits;
    expect(canaryHits).toBe(0);
  });

  it('the allow-listed fixture itself is fetchable (the refusals are not a broken fetcher)', async () => {
    const res = await t.request('POST', '/v1/assets', {
      body: { source_url: `https://allowed.test:${fixture.port}/logo.png` },
    });
    expect(res.status, res.text).toBe(201);
  });
});

describe('negative control: the guard off', () => {
  let t: TestApp;
  beforeAll(() => {
    t = appWith(false);
  });
  afterAll(() => t?.close());

  it.each(CORPUS.filter((e) => e.canary))('reaches the canary: $url', async (entry) => {
    const before = canaryHits;
    counts.controlUrls++;
    await t.request('POST', '/v1/assets', { body: { source_url: fill(entry) } });
    expect(canaryHits).toBeGreaterThan(before);
    counts.controlHits++;
  });
});
