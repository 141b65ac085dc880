import { onlineManager } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiFetch } from './client';
import { watchReachability } from './reachability';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('reachability (apiFetch and the probe drive onlineManager)', () => {
  it('goes offline on the first request that cannot connect, and online when a probe answers', async () => {
    vi.useFakeTimers({ now: 0 });
    let up = false;
    const sent: string[] = [];
    vi.stubGlobal('fetch', (input: string) => {
      sent.push(input);
      return up ? Promise.resolve(new Response('{}', { status: 200 })) : Promise.reject(new TypeError('Failed to fetch'));
    });
    stop = watchReachability();
    expect(onlineManager.isOnline()).toBe(true);

    await expect(apiFetch('/v1/brands')).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
    expect(onlineManager.isOnline()).toBe(false);

    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent).toEqual(['/v1/brands', '/health']);
    expect(onlineManager.isOnline()).toBe(false);

    up = true;
    await vi.advanceTimersByTimeAsync(2_000);
    expect(sent.at(-1)).toBe('/health');
    expect(onlineManager.isOnline()).toBe(true);
  });

  it('keeps the app offline when the browser says online but the server still does not answer', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    stop = watchReachability();
    await apiFetch('/v1/brands').catch(() => undefined);
    window.dispatchEvent(new Event('online'));
    expect(onlineManager.isOnline()).toBe(false);
  });

  it('does not count an HTTP error (the server answered) as unreachable', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{}', { status: 503 })));
    stop = watchReachability();
    await apiFetch('/v1/brands').catch(() => undefined);
    expect(onlineManager.isOnline()).toBe(true);
  });
});
