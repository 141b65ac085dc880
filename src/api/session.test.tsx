import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiFetch } from './client';
import { ApiKeyInput, SessionState, SessionUser, sessionQueries, SignedIn, useSignIn, useSignOut } from './session';

const KEY_B = 'nxd_userBkeyuserBkeyuserBkey';
const USER_B = {
  object: 'user',
  id: 'user_b',
  email: 'b@example.test',
  first_name: 'Bea',
  last_name: null,
  image_url: null,
  quota: null,
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
};

/** /session answers at once; every /v1 request hangs until aborted, like a slow API. */
const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const path = String(input);
  if (path === '/session' && init?.method === 'POST') return Response.json({ user: USER_B, mode: 'sandbox' });
  if (path === '/session' && init?.method === 'DELETE') return new Response(null, { status: 204 });
  return new Promise((_, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true });
  });
});

beforeEach(() => {
  fetchMock.mockClear();
  vi.stubGlobal('fetch', fetchMock);
  sessionStorage.clear();
});
afterEach(() => vi.unstubAllGlobals());

function setup() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  return { client, wrapper };
}

describe('session schemas', () => {
  it('read the server’s /session answers', () => {
    expect(SessionState.parse({ signed_in: true, user: USER_B, mode: 'sandbox', demo_available: true, server_key: true })).toMatchObject({
      signed_in: true,
      server_key: true,
      user: { email: 'b@example.test' },
    });
    expect(SessionState.parse({ signed_in: false, mode: 'proxy', demo_available: false, reason: 'expired' })).toEqual({
      signed_in: false,
      mode: 'proxy',
      demo_available: false,
      reason: 'expired',
    });
    expect(SessionState.safeParse({ signed_in: false, mode: 'other', demo_available: false }).success).toBe(false);
  });

  it('accept a user of another shape from a real API in proxy mode', () => {
    expect(SessionUser.parse({ id: 'u', name: 'Renamed', quota: { credits: 3 } })).toEqual({ id: 'u', quota: null });
    expect(SignedIn.parse({ user: {}, mode: 'proxy' })).toEqual({ user: {}, mode: 'proxy' });
  });
});

describe('ApiKeyInput', () => {
  it('never prints or serialises the key', () => {
    const input = new ApiKeyInput(KEY_B);
    expect(input.reveal()).toBe(KEY_B);
    expect(JSON.stringify({ variables: input })).not.toContain(KEY_B);
    expect(String(input)).not.toContain(KEY_B);
    expect(Object.keys(input)).toEqual([]);
  });
});

describe('useSignIn', () => {
  it('drops the previous user’s data and requests before the new session is written', async () => {
    const { client, wrapper } = setup();
    client.setQueryData(['brands', 'detail', 'brand_a'], { name: 'Secret brand of A' });
    // A request of the previous user, still in flight (a mutation: React Query gives it no signal).
    const late = apiFetch('/v1/brands', { method: 'POST', body: { name: 'x' } }).catch((e: unknown) => e);
    const sessionKey = sessionQueries.current().queryKey;
    const seenWithSession: number[] = [];
    client.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.query.queryKey[1] === sessionKey[1]) {
        seenWithSession.push(client.getQueryCache().findAll({ queryKey: ['brands'] }).length);
      }
    });

    const { result } = renderHook(() => useSignIn(), { wrapper });
    act(() => result.current.mutate(new ApiKeyInput(KEY_B)));
    await waitFor(() => expect(result.current.isSuccess).toBe(true), { timeout: 5_000 });

    expect(((await late) as DOMException).name).toBe('AbortError');
    expect(seenWithSession.length).toBeGreaterThan(0);
    expect(seenWithSession.every((brands) => brands === 0)).toBe(true);
    expect(client.getQueryData(sessionKey)).toMatchObject({ signed_in: true, user: { id: 'user_b' } });
    // The key went out once, in the body, and is nowhere in the cache.
    const [, init] = fetchMock.mock.calls.find(([path]) => path === '/session')!;
    expect(JSON.parse(String(init?.body))).toEqual({ key: KEY_B });
    const cached = JSON.stringify([
      client.getQueryCache().getAll().map((q) => q.state),
      client.getMutationCache().getAll().map((m) => m.state),
    ]);
    expect(cached).not.toContain(KEY_B);
  });
});

describe('useSignOut', () => {
  it('ends the session, empties the cache and drops drafts', async () => {
    const { client, wrapper } = setup();
    client.setQueryData(['brands', 'detail', 'brand_a'], { name: 'Secret brand of A' });
    sessionStorage.setItem('brandkit:draft:brand-new:personal', '"text"');
    const { result } = renderHook(() => useSignOut(), { wrapper });
    act(() => result.current.mutate());
    await waitFor(() => expect(result.current.isSuccess).toBe(true), { timeout: 5_000 });
    expect(fetchMock.mock.calls.some(([path, init]) => path === '/session' && init?.method === 'DELETE')).toBe(true);
    expect(client.getQueryCache().getAll()).toHaveLength(0);
    expect(sessionStorage.length).toBe(0);
  });
});
