import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { applyCommonHeaders, sendJson, setCommonHeaders } from './response-headers.ts';

const COMMON = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };

/** A tiny app with the same middleware shape as createApp's, and each kind of answer. */
function app() {
  const a = new Hono();
  a.use('*', async (c, next) => {
    setCommonHeaders(c, COMMON);
    await next();
    applyCommonHeaders(c);
  });
  a.get('/json', (c) => sendJson(c, { ok: true }, 201, { 'Retry-After': '3' }));
  a.get('/plain', () => new Response('bytes', { headers: { 'content-type': 'text/plain' } }));
  a.get('/immutable', () => Response.redirect('https://example.test/', 302));
  return a;
}

describe('common response headers', () => {
  it('sendJson builds the answer complete: body, status, common and extra headers', async () => {
    const res = await app().request('/json');
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('retry-after')).toBe('3');
    expect(await res.json()).toEqual({ ok: true });
  });

  it('answers built another way get the common headers afterwards, body untouched', async () => {
    const res = await app().request('/plain');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toBe('bytes');
  });

  it('a response with immutable headers is copied once with them', async () => {
    const res = await app().request('/immutable');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('https://example.test/');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('sendJson outside such middleware adds no common headers and leaves them to whoever wraps it', async () => {
    const bare = new Hono().get('/', (c) => sendJson(c, { ok: true }));
    expect((await bare.request('/')).headers.get('x-content-type-options')).toBeNull();
    // An outer app with the middleware (the web app around the sandbox) still adds them.
    const outer = app();
    outer.get('/inner', async (c) => bare.fetch(new Request('http://x/', { headers: c.req.raw.headers })));
    const res = await outer.request('/inner');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.json()).toEqual({ ok: true });
  });
});
