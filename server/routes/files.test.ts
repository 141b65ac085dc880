import { afterEach, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
afterEach(() => t?.close());

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

it('serves stored bytes with their type, immutable caching and nosniff, without a key', async () => {
  t = createTestApp();
  t.files.put('sample.png', PNG);
  const res = await t.app.request('/files/sample.png');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('image/png');
  expect(res.headers.get('cache-control')).toContain('immutable');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  // Embeddable from other origins, as an API's asset host is (proxy mode shows them from there).
  expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);
});

it('serves SVG with a script-free sandboxing CSP and as an attachment', async () => {
  t = createTestApp();
  t.files.put('logo.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'));
  const res = await t.app.request('/files/logo.svg');
  expect(res.headers.get('content-type')).toBe('image/svg+xml');
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain('sandbox');
  expect(csp).not.toContain('script-src');
  expect(res.headers.get('content-disposition')).toBe('attachment');
});

it.each(['../sandbox.db', '..%2f..%2fetc%2fpasswd', '%2e%2e%2fx.png', 'UPPER.PNG', 'missing.png', 'x.exe', '.tmp-abc'])(
  'never leaves the files folder or serves unknown keys: %s',
  async (key) => {
    t = createTestApp();
    const res = await t.app.request(`/files/${key}`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  },
);
