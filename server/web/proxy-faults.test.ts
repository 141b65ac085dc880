// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { HTML_502, JSON_OK, RATE_LIMITED_429 } from '../testing/fixed-responder.ts';
import { closedPort, type Toxic } from '../testing/toxic-proxy.ts';
import { bodyOf, DEADLINE, SLACK, timed, useProxyHarness } from './proxy-test-helpers.ts';

/** Proxy mode against a faulty upstream (refused, reset, held, slow, 502, 429); deadline lowered to 500 ms. */
const h = useProxyHarness();

describe('proxy mode over a faulty upstream', () => {
  it('answers 502 BAD_GATEWAY when the upstream refuses connections', async () => {
    const web = await h.webOver(`http://127.0.0.1:${await closedPort()}`);
    const { value: res, ms } = await timed(() => fetch(`${web.url}/v1/me`, { headers: h.asA() }));
    expect(res.status).toBe(502);
    expect(await bodyOf(res)).toEqual({ error: { code: 'BAD_GATEWAY', message: 'The API could not be reached.' } });
    expect(ms).toBeLessThan(DEADLINE + SLACK);
    const unresolvable = await h.webOver('http://upstream.invalid');
    const dns = await fetch(`${unresolvable.url}/v1/me`, { headers: h.asA() });
    expect(dns.status).toBe(502);
    expect((await bodyOf(dns)).error.code).toBe('BAD_GATEWAY');
  });

  it('answers 504 GATEWAY_TIMEOUT by the deadline when the upstream holds the connection open', async () => {
    const web = await h.throughToxic({ type: 'timeout' });
    const { value: res, ms } = await timed(() => fetch(`${web.url}/v1/me`, { headers: h.asA() }));
    expect(res.status).toBe(504);
    expect((await bodyOf(res)).error.code).toBe('GATEWAY_TIMEOUT');
    expect(ms).toBeGreaterThanOrEqual(DEADLINE - 50);
    expect(ms).toBeLessThan(DEADLINE + SLACK);
  });

  it('answers 504 for 5 s of latency and for a trickle that cannot finish the head in time', async () => {
    for (const toxic of [{ type: 'latency', latencyMs: 5000 }, { type: 'slicer', sliceBytes: 1, delayMs: 20 }] as Toxic[]) {
      const web = await h.throughToxic(toxic);
      const { value: res, ms } = await timed(() => fetch(`${web.url}/v1/me`, { headers: h.asA() }));
      expect(res.status, toxic.type).toBe(504);
      expect(ms).toBeLessThan(DEADLINE + SLACK);
    }
  });

  it('ends the client response with an error when the upstream resets mid-body', async () => {
    const web = await h.throughToxic({ type: 'reset_peer', afterBodyBytes: 10, timeoutMs: 100 });
    const { value: outcome, ms } = await timed(async () => {
      const res = await fetch(`${web.url}/v1/me`, { headers: h.asA() });
      expect(res.status).toBe(200);
      return res.text().then(
        () => 'completed',
        () => 'failed',
      );
    });
    expect(outcome).toBe('failed');
    expect(ms).toBeLessThan(DEADLINE + SLACK);
  });

  it('ends the client response by the deadline when the upstream stalls mid-body', async () => {
    const { web } = await h.responder({ ...JSON_OK, body: '{"object":"list","data":[]}', stallAfter: 8 });
    const { value: outcome, ms } = await timed(async () => {
      const res = await fetch(`${web.url}/v1/brands`, { headers: h.asA() });
      return res.text().then(
        () => 'completed',
        () => 'failed',
      );
    });
    expect(outcome).toBe('failed');
    expect(ms).toBeLessThan(DEADLINE + SLACK);
  });

  it('never forwards upstream HTML: a 502 page becomes the JSON envelope', async () => {
    for (const answer of [HTML_502, { ...HTML_502, status: 500 }, { ...HTML_502, status: 200 }]) {
      const { web } = await h.responder(answer);
      const res = await fetch(`${web.url}/v1/me`, { headers: h.asA() });
      const text = await res.text();
      expect(res.status).toBe(502);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(JSON.parse(text).error.code).toBe('BAD_GATEWAY');
      expect(text).not.toMatch(/<html|<script|Bad Gateway<\/h1>/i);
    }
    const { web } = await h.responder({ ...HTML_502, status: 404 });
    const notFound = await fetch(`${web.url}/v1/me`, { headers: h.asA() });
    expect(notFound.status).toBe(404);
    expect((await bodyOf(notFound)).error.code).toBe('NOT_FOUND');
  });

  it('passes 429 through unchanged with Retry-After, and 5xx JSON envelopes too', async () => {
    const { web } = await h.responder(RATE_LIMITED_429);
    const res = await fetch(`${web.url}/v1/brands`, { headers: h.asA() });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.text()).toBe(RATE_LIMITED_429.body);
    const envelope = JSON.stringify({ error: { code: 'INTERNAL_ERROR', message: 'Upstream broke.', request_id: 'r1' } });
    const failing = await h.responder({ status: 503, headers: { 'content-type': 'application/json', 'retry-after': '3' }, body: envelope });
    const passed = await fetch(`${failing.web.url}/v1/brands`, { headers: h.asA() });
    expect(passed.status).toBe(503);
    expect(passed.headers.get('retry-after')).toBe('3');
    expect(await passed.text()).toBe(envelope);
  });
});
