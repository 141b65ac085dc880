import { afterEach, describe, expect, it } from 'vitest';
import { BrandList } from '@contract';
import { apiFetch } from '@/api/client';
import { dropEarlyResponses, EARLY_MAX_AGE_MS, earlyResponses, takeEarlyResponse } from '@/api/early-responses';
import { startInProcessWeb, type InProcessWeb } from '@/testing/server-web';
import { earlyApiRequests, firstBrandPageUrl, startEarlyRequests } from './early-requests';

// The real web app and sandbox in-process: /session and /v1/brands answer as in production.
let server: InProcessWeb;
afterEach(() => {
  dropEarlyResponses();
  server?.close();
});

const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
};
const paths = () => server.sent.map((r) => r.path);

describe('the boot script’s early requests', () => {
  it('asks for the landing page’s first brand page exactly as the list query does', () => {
    expect(earlyApiRequests('/brands', '')).toEqual(['/v1/brands?limit=20']);
    expect(earlyApiRequests('/brands/', '?org=org_1')).toEqual(['/v1/brands?limit=20&org_id=org_1']);
    expect(earlyApiRequests('/', '')).toEqual(['/v1/brands?limit=20']);
    expect(earlyApiRequests('/brands/brand_1', '')).toEqual([]);
    expect(earlyApiRequests('/assets', '?org=org_1')).toEqual([]);
    expect(firstBrandPageUrl('?org=')).toBe('/v1/brands?limit=20');
  });

  it('signed in: /session, then the first page, each handed to apiFetch once with the server’s answer', async () => {
    server = startInProcessWeb();
    await server.signIn(server.keys.a);
    server.sent.length = 0;
    startEarlyRequests({ pathname: '/brands', search: '' }, server.fetch);
    await settle();
    expect(paths()).toEqual(['/session', '/v1/brands?limit=20']);

    // apiFetch uses the early answers instead of asking again, and parses them with the contract.
    const list = await apiFetch('/v1/brands?limit=20', { schema: BrandList });
    expect(list).toMatchObject({ object: 'list', has_more: false });
    expect(paths()).toEqual(['/session', '/v1/brands?limit=20']);
    expect(takeEarlyResponse('/v1/brands?limit=20')).toBeNull();
    const session = await takeEarlyResponse('/session');
    expect(await session?.json()).toMatchObject({ signed_in: true });
  });

  it('signed out: only /session, so a visitor without a session never causes a 401', async () => {
    server = startInProcessWeb();
    startEarlyRequests({ pathname: '/brands', search: '' }, server.fetch);
    await settle();
    expect(paths()).toEqual(['/session']);
    expect(earlyResponses().has('/v1/brands?limit=20')).toBe(false);
  });

  it('hands over nothing stale, and nothing after the session changed', () => {
    const promise = Promise.resolve(new Response('{}'));
    earlyResponses().set('/session', { promise, at: 0 });
    expect(takeEarlyResponse('/session', EARLY_MAX_AGE_MS + 1)).toBeNull();
    earlyResponses().set('/session', { promise, at: 0 });
    dropEarlyResponses();
    expect(takeEarlyResponse('/session', 0)).toBeNull();
  });
});
