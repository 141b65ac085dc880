/**
 * The D8 corpus (reliability.md): every `source_url` must be refused with 400 VALIDATION_ERROR and a
 * reason. `{cp}` becomes the loopback canary's port and `{fx}` the HTTPS fixture's port. `canary` marks
 * the URLs that do reach the canary once the guard is off (the negative control checks each of them).
 */

export type Reason = 'scheme' | 'private' | 'credentials' | 'invalid' | 'redirect' | 'any';
export interface CorpusEntry {
  url: string;
  reason: Reason;
  canary?: boolean;
}

export const REASONS: Record<Reason, RegExp> = {
  scheme: /https:/,
  private: /private or reserved network address/,
  credentials: /user name or password/,
  invalid: /not valid|absolute https: URL/,
  redirect: /^The URL redirected/,
  any: /\S/,
};

/** Resolver answers: a name per case, plus the rebinding name whose answer changes after the first lookup. */
export const DNS: Record<string, string[]> = {
  'allowed.test': ['127.0.0.1'], // the allow-listed fixture host
  'metadata.google.internal': ['169.254.169.254'],
  'loop.test': ['127.0.0.1'],
  'v6loop.test': ['::1'],
  'mapped.test': ['::ffff:127.0.0.1'],
  'private.test': ['10.1.2.3'],
  'mixed.test': ['93.184.216.34', '10.0.0.1'],
  localhost: ['127.0.0.1'],
  'app.localhost': ['127.0.0.1'],
};
export const REBIND = { host: 'rebind.test', first: '93.184.216.34', then: '127.0.0.1' };

const JS = ['javascript', 'alert(1)'].join(':'); // the lint rule bans the literal

export const CORPUS: CorpusEntry[] = [
  // schemes
  { url: 'http://127.0.0.1{cp}/x.png', reason: 'scheme' },
  { url: 'ftp://127.0.0.1{cp}/x.png', reason: 'scheme' },
  { url: 'file:///etc/passwd', reason: 'scheme' },
  { url: 'data:image/png;base64,iVBORw0KGgo=', reason: 'scheme' },
  { url: JS, reason: 'scheme' },
  { url: 'gopher://127.0.0.1{cp}/_INFO', reason: 'scheme' },
  { url: 'blob:https://example.com/1b7b0c44-6a55-4f1e-9c1c-6c1a6a1f3f11', reason: 'scheme' },
  // loopback in every spelling
  { url: 'https://127.0.0.1{cp}/', reason: 'private', canary: true },
  { url: 'https://2130706433{cp}/', reason: 'private', canary: true },
  { url: 'https://0x7f.1{cp}/', reason: 'private', canary: true },
  { url: 'https://0177.0.0.1{cp}/', reason: 'private', canary: true },
  { url: 'https://127.1{cp}/', reason: 'private', canary: true },
  { url: 'https://0x7F000001{cp}/', reason: 'private', canary: true },
  { url: 'https://0x7f.0x0.0x0.0x1{cp}/', reason: 'private', canary: true },
  { url: 'https://%31%32%37.0.0.1{cp}/', reason: 'private', canary: true },
  { url: 'https://127.0.0.1.{cp}/', reason: 'private', canary: true },
  { url: 'https://localhost{cp}/', reason: 'private', canary: true },
  { url: 'https://localhost.{cp}/', reason: 'private' },
  { url: 'https://LOCALHOST{cp}/', reason: 'private', canary: true },
  { url: 'https://app.localhost{cp}/', reason: 'private', canary: true },
  { url: 'https://0.0.0.0{cp}/', reason: 'private', canary: true },
  // IPv6 forms
  { url: 'https://[::1]{cp}/', reason: 'private' },
  { url: 'https://[0:0:0:0:0:0:0:1]{cp}/', reason: 'private' },
  { url: 'https://[::]{cp}/', reason: 'private' },
  { url: 'https://[::ffff:127.0.0.1]{cp}/', reason: 'private', canary: true },
  { url: 'https://[::ffff:7f00:1]{cp}/', reason: 'private', canary: true },
  { url: 'https://[::ffff:a9fe:a9fe]/', reason: 'private' },
  { url: 'https://[64:ff9b::7f00:1]{cp}/', reason: 'private' },
  { url: 'https://[fe80::1%25eth0]/', reason: 'invalid' },
  { url: 'https://[fd00:ec2::254]/', reason: 'private' },
  // private, shared, link-local and special ranges
  { url: 'https://10.0.0.1/', reason: 'private' },
  { url: 'https://172.16.0.1/', reason: 'private' },
  { url: 'https://192.168.1.1/', reason: 'private' },
  { url: 'https://100.64.0.1/', reason: 'private' },
  { url: 'https://169.254.169.254/latest/meta-data/', reason: 'private' },
  { url: 'https://255.255.255.255/', reason: 'private' },
  { url: 'https://224.0.0.1/', reason: 'private' },
  { url: 'https://240.0.0.1/', reason: 'private' },
  { url: 'https://198.18.0.1/', reason: 'private' },
  // names the injected resolver maps to private addresses
  { url: 'https://metadata.google.internal/computeMetadata/v1/', reason: 'private' },
  { url: 'https://loop.test{cp}/', reason: 'private', canary: true },
  { url: 'https://v6loop.test{cp}/', reason: 'private' },
  { url: 'https://mapped.test{cp}/', reason: 'private', canary: true },
  { url: 'https://private.test/', reason: 'private' },
  { url: 'https://mixed.test/', reason: 'private' },
  // rebinding: vetted public, then loopback; the fetch may only ever use the vetted (public) answer
  { url: 'https://rebind.test{cp}/', reason: 'any' },
  // userinfo trick and well-known service ports
  { url: 'https://allowed.test@127.0.0.1{cp}/', reason: 'credentials' },
  { url: 'https://127.0.0.1:22/', reason: 'private' },
  { url: 'https://127.0.0.1:6379/', reason: 'private' },
  // redirects from the allow-listed fixture
  { url: 'https://allowed.test{fx}/r/loopback', reason: 'redirect', canary: true },
  { url: 'https://allowed.test{fx}/r/loop-name', reason: 'redirect', canary: true },
  { url: 'https://allowed.test{fx}/r/metadata', reason: 'redirect' },
  { url: 'https://allowed.test{fx}/r/metadata-name', reason: 'redirect' },
  { url: 'https://allowed.test{fx}/r/http', reason: 'redirect' },
  { url: 'https://allowed.test{fx}/five/1', reason: 'redirect' },
];
