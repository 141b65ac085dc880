// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { JSON_OK } from '../testing/fixed-responder.ts';
import { bodyOf, useProxyHarness } from './proxy-test-helpers.ts';

/** Proxy mode end to end: sign-in, pass-through, forwarded headers and body limits. */
const h = useProxyHarness();

describe('proxy mode over a healthy upstream', () => {
  it('signs in through the proxy and injects the key server-side', async () => {
    const web = await h.throughToxic(null);
    const browser = { 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' };
    const signIn = await fetch(`${web.url}/session`, { method: 'POST', headers: browser, body: JSON.stringify({ key: h.sandbox.keys.a }) });
    expect(signIn.status).toBe(200);
    expect(await bodyOf(signIn)).toMatchObject({ mode: 'proxy', user: { id: h.sandbox.users.a } });
    const cookie = /bks_session=[^;]+/.exec(signIn.headers.get('set-cookie') ?? '')![0];
    const created = await fetch(`${web.url}/v1/brands`, {
      method: 'POST',
      headers: { ...browser, cookie },
      body: JSON.stringify({ name: 'Proxied', theme_id: 'forest' }),
    });
    expect(created.status).toBe(201);
    const list = await fetch(`${web.url}/v1/brands`, { headers: { cookie } });
    expect(list.headers.get('cache-control')).toBe('no-store');
    expect((await bodyOf(list)).data.map((b: { name: string }) => b.name)).toContain('Proxied');
    expect((await fetch(`${web.url}/session`, { headers: { cookie } }).then(bodyOf)).signed_in).toBe(true);
  });

  it('passes 4xx answers through unchanged', async () => {
    const web = await h.throughToxic(null);
    const path = '/v1/brands/brand_01ARZ3NDEKTSV4RRFFQ69G5FAV';
    const direct = await h.sandbox.request('GET', path);
    const res = await fetch(`${web.url}${path}`, { headers: h.asA() });
    expect(res.status).toBe(direct.status);
    expect(await bodyOf(res)).toEqual(direct.json);
    const invalid = await fetch(`${web.url}/v1/brands?limit=99`, { headers: h.asA() });
    expect(invalid.status).toBe(400);
    expect((await bodyOf(invalid)).error.code).toBe('VALIDATION_ERROR');
  });

  it('streams a body sliced into small pieces intact, within the deadline', async () => {
    const web = await h.throughToxic({ type: 'slicer', sliceBytes: 64, delayMs: 2 });
    const res = await fetch(`${web.url}/v1/me`, { headers: h.asA() });
    expect(res.status).toBe(200);
    expect((await bodyOf(res)).id).toBe(h.sandbox.users.a);
    const slow = await h.throughToxic({ type: 'latency', latencyMs: 50 });
    expect((await fetch(`${slow.url}/v1/me`, { headers: h.asA() })).status).toBe(200);
  });

  it('forwards only Authorization, Content-Type and Accept, and refuses bodies over 64 KB', async () => {
    const { spy, web } = await h.responder(JSON_OK);
    const res = await fetch(`${web.url}/v1/brands`, {
      method: 'POST',
      headers: {
        ...h.asA(),
        accept: 'application/json',
        'content-type': 'application/json',
        cookie: 'bks_session=abc; other=1',
        'x-forwarded-for': '10.0.0.1',
        'x-api-key': 'secret',
        referer: 'http://127.0.0.1/brands',
      },
      body: JSON.stringify({ name: 'x' }),
    });
    expect(res.status).toBe(200);
    const headers = spy.seen[0]!.headers;
    expect(headers.authorization).toBe(`Bearer ${h.sandbox.keys.a}`);
    expect(headers['content-type']).toBe('application/json');
    expect(headers.accept).toBe('application/json');
    for (const name of ['cookie', 'x-forwarded-for', 'x-api-key', 'referer', 'origin']) expect(headers[name], name).toBeUndefined();
    expect(headers.host).toBe(new URL(spy.url).host);

    const big = JSON.stringify({ name: 'x'.repeat(70 * 1024) });
    const declared = await fetch(`${web.url}/v1/brands`, { method: 'POST', headers: { ...h.asA(), 'content-type': 'application/json' }, body: big });
    expect(declared.status).toBe(413);
    expect((await bodyOf(declared)).error.code).toBe('PAYLOAD_TOO_LARGE');
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new Uint8Array(8 * 1024).fill(32));
        controller.close();
      },
    });
    const streamed = await fetch(`${web.url}/v1/brands`, {
      method: 'POST',
      headers: { ...h.asA(), 'content-type': 'application/json' },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(spy.seen).toHaveLength(1);
  });
});
