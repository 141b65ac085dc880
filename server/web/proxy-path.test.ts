// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { forwardTarget } from './proxy-path.ts';

const ORIGIN = 'https://api.nextdocs.test';

describe('forwardTarget', () => {
  it.each([
    ['http://127.0.0.1:5173/v1/me', 'https://api.nextdocs.test/v1/me'],
    ['http://127.0.0.1:5173/v1/brands?limit=5&after=brand_01', 'https://api.nextdocs.test/v1/brands?limit=5&after=brand_01'],
    // Absolute-form and forged hosts end up in the request URL's authority: it is ignored.
    ['http://evil.example:8080/v1/me', 'https://api.nextdocs.test/v1/me'],
    ['http://127.0.0.1:5173/v1/assets?q=//evil.example', 'https://api.nextdocs.test/v1/assets?q=//evil.example'],
  ])('forwards %s to %s', (url, expected) => {
    const result = forwardTarget(url, ORIGIN);
    expect(result.ok && result.target.href).toBe(expected);
  });

  it.each([
    '/v1',
    '/v2/x',
    '/V1/me',
    '/health',
    '/files/a.png',
    '/%76%31/me',
    '//v1/x',
    '//evil.example/v1/x',
    '/v1//me',
    '/v1/../x',
    '/v1/./me',
    '/v1/%2e%2e/x',
    '/v1/%2E%2E/x',
    '/v1/.%2e/x',
    '/v1/%2e/me',
    '/v1/..%2fx',
    '/v1/%2Fx',
    '/v1/%5Cx',
    '/v1/me%00',
    '/v1/me\0',
    '/v1\\..\\x',
  ])('refuses %s', (path) => {
    // Raw strings as a request line could carry them, before and after URL normalisation.
    const result = forwardTarget(`http://127.0.0.1:5173${path}`, ORIGIN);
    expect(result.ok).toBe(false);
  });

  it('negative control: resolving the raw path against the origin, without the checks, can leave the origin', () => {
    // What the checks prevent: `//host/...` is a scheme-relative reference.
    expect(new URL('//evil.example/v1/x', ORIGIN).origin).toBe('https://evil.example');
    expect(forwardTarget('http://127.0.0.1:5173//evil.example/v1/x', ORIGIN).ok).toBe(false);
  });
});
