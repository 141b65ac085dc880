import { describe, expect, it } from 'vitest';
import { setResponseHeaders } from './response-headers.ts';

describe('setResponseHeaders', () => {
  it('sets headers in place on a response with mutable headers, body untouched', async () => {
    const res = new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } });
    const out = setResponseHeaders(res, { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' });
    expect(out).toBe(res);
    expect(out.headers.get('x-content-type-options')).toBe('nosniff');
    expect(out.headers.get('cache-control')).toBe('no-store');
    expect(out.headers.get('content-type')).toBe('application/json');
    expect(await out.text()).toBe('{"ok":true}');
  });

  it('copies a response whose headers are immutable', async () => {
    const immutable = Response.redirect('https://example.test/', 302);
    expect(() => immutable.headers.set('x', 'y')).toThrow();
    const out = setResponseHeaders(immutable, { 'X-Request-Id': 'abc' });
    expect(out).not.toBe(immutable);
    expect(out.status).toBe(302);
    expect(out.headers.get('x-request-id')).toBe('abc');
    expect(out.headers.get('location')).toBe('https://example.test/');
  });
});
