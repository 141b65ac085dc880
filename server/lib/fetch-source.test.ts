// @vitest-environment node
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpsFixture, type HttpsFixture } from '../testing/https-fixture.ts';
import {
  ENTITY_BOMB_SVG,
  GIF_HTML_POLYGLOT,
  HTML_PAGE,
  samplePng,
  sampleSvg,
  sampleWebm,
} from '../testing/sample-files.ts';
import {
  SourceFetchError,
  createSourceFetcher,
  type FetchSource,
  type Resolver,
  type SourceFetcherOptions,
} from './fetch-source.ts';

const PRIVATE = /private or reserved network address/;
const HTTPS_ONLY = 'Only https: URLs can be fetched';
const UNSUPPORTED = 'Unsupported file format (supported: PNG, JPEG, GIF, WebP, SVG, MP4, WebM)';
const PNG = samplePng(640, 480);
const padded = (size: number) => Buffer.concat([PNG, Buffer.alloc(size - PNG.length)]);

let fixture: HttpsFixture;
let canary: net.Server;
let canaryPort: number;
let canaryHits = 0;
let cp: string; // ":<canary port>"

const DNS: Record<string, string[]> = {
  localhost: ['127.0.0.1'],
  'allowed.test': ['127.0.0.1'],
  'wrongname.test': ['127.0.0.1'],
  'loop.test': ['127.0.0.1'],
  'v6loop.test': ['::1'],
  'private.test': ['10.1.2.3'],
  'mixed.test': ['93.184.216.34', '10.0.0.1'],
  'metadata.google.internal': ['169.254.169.254'],
  'mapped.test': ['::ffff:127.0.0.1'],
};
const resolved: string[] = [];
const resolver: Resolver = async (host) => {
  resolved.push(host);
  const addresses = DNS[host.toLowerCase()];
  if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return addresses.map((address) => ({ address, family: net.isIP(address) === 6 ? 6 : 4 }));
};

beforeAll(async () => {
  canary = net.createServer((socket) => {
    canaryHits++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => canary.listen(0, '127.0.0.1', resolve));
  canaryPort = (canary.address() as net.AddressInfo).port;
  cp = `:${canaryPort}`;

  fixture = await startHttpsFixture(
    {
      '/logo.png': { body: PNG, headers: { 'content-type': 'image/png' } },
      '/disguised': { body: PNG, headers: { 'content-type': 'text/html' } },
      '/fake.png': { body: HTML_PAGE, headers: { 'content-type': 'image/png' } },
      '/poly.gif': { body: GIF_HTML_POLYGLOT, headers: { 'content-type': 'text/html' } },
      '/bomb.svg': { body: ENTITY_BOMB_SVG, headers: { 'content-type': 'image/svg+xml' } },
      '/mark.svg': { body: sampleSvg('viewBox="0 0 64 32"') },
      '/clip.webm': { body: sampleWebm() },
      '/huge.png': { body: samplePng(100_000, 100_000) },
      '/My%20Logo.final.png': { body: PNG },
      '/a%00b%0A.png': { body: PNG },
      '/exact': { body: padded(1000) },
      '/over': { body: padded(1001) },
      '/declared-over': { headers: { 'content-length': '5000' }, body: padded(5000) },
      '/missing-file': { status: 404, body: 'nope' },
      '/server-error': { status: 500, body: 'boom' },
      '/endless': { body: PNG, trickle: { chunk: Buffer.alloc(16 * 1024), intervalMs: 1 } },
      '/trickle': { body: PNG.subarray(0, 10), trickle: { chunk: 'x', intervalMs: 50 } },
      '/hang': () => undefined, // never answers
      '/r/ok': { redirect: '/logo.png' },
      '/r/loopback': { redirect: `https://127.0.0.1${cp}/` },
      '/r/loop-name': { redirect: `https://loop.test${cp}/` },
      '/r/metadata': { redirect: 'https://169.254.169.254/latest/meta-data/' },
      '/r/http': { redirect: 'http://example.com/logo.png' },
      '/r/none': { status: 302 },
      '/three/1': { redirect: '/three/2', status: 301 },
      '/three/2': { redirect: '/three/3', status: 307 },
      '/three/3': { redirect: '/logo.png', status: 308 },
      '/five/1': { redirect: '/five/2' },
      '/five/2': { redirect: '/five/3' },
      '/five/3': { redirect: '/five/4' },
      '/five/4': { redirect: '/five/5' },
      '/five/5': { redirect: '/logo.png' },
    },
    { altNames: ['allowed.test', 'rebind.test'] },
  );
});

afterAll(async () => {
  await fixture?.close();
  await new Promise((resolve) => canary?.close(resolve));
});

// Building a fetcher with a CA parses the whole root store, so the default one is built once.
let shared: FetchSource | undefined;
const guarded = (extra?: SourceFetcherOptions): FetchSource => {
  const make = () =>
    createSourceFetcher({
      resolver,
      allowHosts: [`localhost:${fixture.port}`, 'allowed.test'],
      ca: fixture.ca,
      timeoutMs: 3000,
      ...extra,
    });
  if (extra) return make();
  return (shared ??= make());
};

async function refusal(promise: Promise<unknown>): Promise<string> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SourceFetchError);
  return (err as Error).message;
}

describe('refusals (the canary must see no connection)', () => {
  it.each([
    'http://127.0.0.1/x.png',
    'data:image/png;base64,iVBORw0KGgo=',
    'ftp://127.0.0.1/x.png',
    'file:///etc/passwd',
    ['javascript', 'alert(1)'].join(':'), // spelled this way because the lint rule bans the literal
    'gopher://127.0.0.1/_INFO',
    'blob:https://example.com/1b7b0c44-6a55-4f1e-9c1c-6c1a6a1f3f11',
  ])('refuses the scheme of %s', async (url) => {
    expect(await refusal(guarded()(url.replace('127.0.0.1', `127.0.0.1${cp}`)))).toBe(HTTPS_ONLY);
  });

  it.each(['not a url', 'https://', 'https://[fe80::1%25eth0]/x.png', ''])('refuses malformed %j', async (url) => {
    expect(await refusal(guarded()(url))).toBe('The URL is not valid');
  });

  it('refuses credentials in the URL', async () => {
    expect(await refusal(guarded()(`https://allowed.test@127.0.0.1${cp}/`))).toMatch(/user name or password/);
    expect(await refusal(guarded()(`https://u:p@allowed.test/`))).toMatch(/user name or password/);
  });

  it('relies on WHATWG URL to normalise odd IPv4 spellings', () => {
    for (const spelling of ['0x7f.1', '2130706433', '0177.0.0.1', '127.1', '0x7F000001']) {
      expect(new URL(`https://${spelling}/`).hostname).toBe('127.0.0.1');
    }
  });

  it.each([
    'https://127.0.0.1{cp}/',
    'https://0x7f.1{cp}/',
    'https://2130706433{cp}/',
    'https://0177.0.0.1{cp}/',
    'https://127.1{cp}/',
    'https://10.0.0.1/',
    'https://172.16.5.4/',
    'https://192.168.1.1/',
    'https://100.64.0.1/',
    'https://169.254.169.254/latest/meta-data/',
    'https://0.0.0.0{cp}/',
    'https://255.255.255.255/',
    'https://224.0.0.1/',
    'https://240.0.0.1/',
    'https://198.18.0.1/',
    'https://[::1]{cp}/',
    'https://[::]{cp}/',
    'https://[::ffff:127.0.0.1]{cp}/',
    'https://[::ffff:a9fe:a9fe]/',
    'https://[64:ff9b::7f00:1]{cp}/',
    'https://[fd00:ec2::254]/',
    'https://[fe80::1]/',
    'https://localhost{cp}/',
    'https://LOCALHOST.{cp}/',
    'https://app.localhost{cp}/',
    'https://loop.test{cp}/',
    'https://v6loop.test/',
    'https://private.test/',
    'https://mixed.test/',
    'https://mapped.test{cp}/',
    'https://metadata.google.internal/computeMetadata/v1/',
    'https://127.0.0.1:22/',
    'https://127.0.0.1:6379/',
  ])('refuses the address of %s', async (template) => {
    const before = resolved.length;
    expect(await refusal(guarded()(template.replace('{cp}', cp)))).toMatch(PRIVATE);
    const host = new URL(template.replace('{cp}', '')).hostname;
    if (net.isIP(host.replace(/^\[|\]$/g, ''))) expect(resolved.length).toBe(before); // literals: no lookup
  });

  it('says when a host name does not resolve', async () => {
    expect(await refusal(guarded()('https://no-such-host.test/x.png'))).toBe("The URL's host name could not be found");
  });

  it.each([
    ['/r/loopback', PRIVATE],
    ['/r/loop-name', PRIVATE],
    ['/r/metadata', PRIVATE],
    ['/r/http', /cannot be fetched: only https: URLs can be fetched/],
  ])('re-checks redirect %s', async (path, reason) => {
    const message = await refusal(guarded()(fixture.url(path)));
    expect(message).toMatch(/^The URL redirected to an address that cannot be fetched/);
    expect(message).toMatch(reason);
  });

  it('the canary received no connection', () => {
    expect(canaryHits).toBe(0);
  });
});

describe('negative control', () => {
  it('with the guard off the same request does reach the canary', async () => {
    const before = canaryHits;
    await refusal(createSourceFetcher({ guard: false, timeoutMs: 2000 })(`https://127.0.0.1${cp}/`));
    expect(canaryHits).toBeGreaterThan(before);
  });
});

describe('fetching from an allow-listed origin', () => {
  it('fetches a PNG and reads its header', async () => {
    const got = await guarded()(fixture.url('/logo.png'));
    expect(got).toMatchObject({ format: 'png', contentType: 'image/png', width: 640, height: 480, fileName: 'logo' });
    expect(got.bytes.equals(PNG)).toBe(true);
  });

  it('sniffs bytes and ignores the Content-Type header', async () => {
    expect((await guarded()(fixture.url('/disguised'))).format).toBe('png');
    expect(await refusal(guarded()(fixture.url('/fake.png')))).toBe(UNSUPPORTED);
    const poly = await guarded()(fixture.url('/poly.gif'));
    expect([poly.format, poly.contentType]).toEqual(['gif', 'image/gif']);
  });

  it('refuses an entity-expansion SVG and accepts a plain one', async () => {
    expect(await refusal(guarded()(fixture.url('/bomb.svg')))).toBe(UNSUPPORTED);
    expect(await guarded()(fixture.url('/mark.svg'))).toMatchObject({ format: 'svg', width: 64, height: 32 });
  });

  it('returns null dimensions for video and header numbers for a huge PNG', async () => {
    expect(await guarded()(fixture.url('/clip.webm'))).toMatchObject({ format: 'webm', width: null, height: null });
    expect(await guarded()(fixture.url('/huge.png'))).toMatchObject({ width: 100_000, height: 100_000 });
  });

  it('decodes the file name and drops the extension', async () => {
    expect((await guarded()(fixture.url('/My%20Logo.final.png'))).fileName).toBe('My Logo.final');
    expect((await guarded()(fixture.url('/a%00b%0A.png'))).fileName).toBe('ab');
  });

  it('trusts the fixture only through the given CA, and checks the host name', async () => {
    const noCa = createSourceFetcher({ resolver, allowHosts: [`localhost:${fixture.port}`] });
    expect(await refusal(noCa(fixture.url('/logo.png')))).toBe("The URL's HTTPS certificate is not valid");
    const wrongName = guarded({ allowHosts: ['wrongname.test'] });
    expect(await refusal(wrongName(`https://wrongname.test:${fixture.port}/logo.png`))).toBe(
      "The URL's HTTPS certificate is not valid",
    );
    const byIp = guarded({ allowHosts: [`127.0.0.1:${fixture.port}`] });
    expect((await byIp(`https://127.0.0.1:${fixture.port}/logo.png`)).format).toBe('png');
  });

  it('reports non-2xx answers', async () => {
    expect(await refusal(guarded()(fixture.url('/missing-file')))).toBe('The URL answered HTTP 404');
    expect(await refusal(guarded()(fixture.url('/server-error')))).toBe('The URL answered HTTP 500');
    expect(await refusal(guarded()(fixture.url('/r/none')))).toBe(
      'The URL answered HTTP 302 without a redirect target',
    );
  });
});

describe('redirects', () => {
  it('follows a relative redirect and names the file after the final URL', async () => {
    expect(await guarded()(fixture.url('/r/ok'))).toMatchObject({ format: 'png', fileName: 'logo' });
  });

  it('follows exactly three hops', async () => {
    expect((await guarded()(fixture.url('/three/1'))).format).toBe('png');
  });

  it('refuses a five-hop chain after the third hop', async () => {
    const start = fixture.requests.length;
    expect(await refusal(guarded()(fixture.url('/five/1')))).toBe('The URL redirected too many times');
    expect(fixture.requests.slice(start)).toEqual(['/five/1', '/five/2', '/five/3', '/five/4']);
  });
});

describe('limits', () => {
  const small = () => guarded({ maxBytes: 1000 });

  it('accepts a body of exactly maxBytes and refuses one byte more', async () => {
    const fetchSmall = small();
    expect((await fetchSmall(fixture.url('/exact'))).bytes.length).toBe(1000);
    expect(await refusal(fetchSmall(fixture.url('/over')))).toBe('The file is larger than the 1000 bytes limit');
    expect(await refusal(fetchSmall(fixture.url('/declared-over')))).toBe(
      'The file is larger than the 1000 bytes limit',
    );
  });

  it.each(['/endless', '/trickle', '/hang'])('aborts %s at the deadline', async (path) => {
    const started = performance.now();
    const message = await refusal(guarded({ timeoutMs: 300, maxBytes: 1024 ** 3 })(fixture.url(path)));
    expect(message).toBe('The URL did not finish downloading within 0.3 seconds');
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

describe('DNS rebinding', () => {
  it('connects only to the address it vetted, never looking the name up again', async () => {
    // A second listener on 127.0.0.2 with the fixture's port stands in for the rebinding target.
    const decoy = net.createServer((socket) => socket.destroy());
    let decoyHits = 0;
    decoy.on('connection', () => decoyHits++);
    const bound = await new Promise<boolean>((resolve) => {
      decoy.once('error', () => resolve(false));
      decoy.listen(fixture.port, '127.0.0.2', () => resolve(true));
    });
    let calls = 0;
    const rebinding: Resolver = async () => [{ address: calls++ === 0 ? '127.0.0.1' : '127.0.0.2', family: 4 }];
    try {
      // rebind.test exists in no real DNS: success proves the socket used the answer given to it.
      const fetchIt = guarded({ resolver: rebinding, allowHosts: ['rebind.test'] });
      expect((await fetchIt(`https://rebind.test:${fixture.port}/logo.png`)).format).toBe('png');
      expect(calls).toBe(1);
      expect(decoyHits).toBe(0);
    } finally {
      if (bound) await new Promise((resolve) => decoy.close(resolve));
    }
  });
});
