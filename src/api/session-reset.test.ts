import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiFetch } from './client';
import { abortSessionRequests, onOtherTabSessionChange, onSessionReset, resetSession, sessionSignal } from './session-reset';

/** A fetch that never answers but rejects when its signal aborts, like the browser's. */
function hang(_input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  return new Promise((_, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true });
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('session reset', () => {
  it('aborts every apiFetch in flight, mutations included, with an abort rather than an ApiError', async () => {
    vi.stubGlobal('fetch', vi.fn(hang));
    const read = apiFetch('/v1/brands').catch((e: unknown) => e);
    const write = apiFetch('/v1/brands', { method: 'POST', body: { name: 'x' } }).catch((e: unknown) => e);
    abortSessionRequests();
    for (const error of [await read, await write]) {
      expect(error).not.toBeInstanceOf(ApiError);
      expect((error as DOMException).name).toBe('AbortError');
    }
  });

  it('gives later requests a fresh signal', () => {
    const before = sessionSignal();
    abortSessionRequests();
    expect(before.aborted).toBe(true);
    expect(sessionSignal().aborted).toBe(false);
  });

  it('clears queries and mutations before telling the listeners', () => {
    const client = new QueryClient();
    client.setQueryData(['brands', 'list', {}], ['Acme of user A']);
    const seen: Array<{ reason: string; queries: number }> = [];
    const off = onSessionReset((reason) => seen.push({ reason, queries: client.getQueryCache().getAll().length }));
    const signal = sessionSignal();
    resetSession(client, 'signed-out');
    off();
    resetSession(client, 'ended');
    expect(signal.aborted).toBe(true);
    expect(seen).toEqual([{ reason: 'signed-out', queries: 0 }]);
    expect(client.getQueryData(['brands', 'list', {}])).toBeUndefined();
  });

  it('tells other tabs about sign-in and sign-out (never about a 401, never echoing what it heard)', async () => {
    // Another tab: its own channel on the same name.
    const otherTab = new BroadcastChannel('brandkit-session');
    const heard: unknown[] = [];
    otherTab.onmessage = (event) => heard.push(event.data);
    const ownHeard: string[] = [];
    const off = onOtherTabSessionChange((reason) => ownHeard.push(reason));
    const client = new QueryClient();
    resetSession(client, 'ended');
    resetSession(client, 'switched', { fromOtherTab: true });
    resetSession(client, 'signed-out');
    resetSession(client, 'switched');
    await vi.waitFor(() => expect(heard).toEqual(['signed-out', 'switched']));
    // This tab does not hear its own news; it does hear the other tab's.
    otherTab.postMessage('signed-out');
    await vi.waitFor(() => expect(ownHeard).toEqual(['signed-out']));
    off();
    otherTab.close();
  });
});
