import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DELETE_UNDO_MS, hasPendingAssetDeletes, useDeferredAssetDelete, usePendingAssetDeletes } from './assets-delete';

// Fault injection only: each test decides what DELETE answers.
const fetchMock = vi.fn<typeof fetch>();

function setup() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  return renderHook(() => ({ defer: useDeferredAssetDelete(), hidden: usePendingAssetDeletes() }), { wrapper });
}

beforeEach(() => {
  vi.useFakeTimers();
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('useDeferredAssetDelete', () => {
  it('hides at once, sends nothing during the undo window, and Undo cancels', async () => {
    const { result } = setup();
    let handle: { undo: () => boolean } | undefined;
    act(() => {
      handle = result.current.defer(['asset_1']);
    });
    expect(result.current.hidden.has('asset_1')).toBe(true);
    await act(() => vi.advanceTimersByTimeAsync(DELETE_UNDO_MS - 1));
    expect(fetchMock).not.toHaveBeenCalled();
    act(() => expect(handle!.undo()).toBe(true));
    expect(result.current.hidden.has('asset_1')).toBe(false);
    await act(() => vi.advanceTimersByTimeAsync(DELETE_UNDO_MS));
    expect(fetchMock).not.toHaveBeenCalled();
    expect(hasPendingAssetDeletes()).toBe(false);
  });

  it('deletes when the window closes; a 404 counts as done', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 404 }));
    const { result } = setup();
    const onDone = vi.fn();
    let handle: { undo: () => boolean } | undefined;
    act(() => {
      handle = result.current.defer(['asset_2'], { onDone });
    });
    await act(() => vi.advanceTimersByTimeAsync(DELETE_UNDO_MS));
    expect(fetchMock).toHaveBeenCalledWith('/v1/assets/asset_2', expect.objectContaining({ method: 'DELETE' }));
    expect(onDone).toHaveBeenCalledWith({ deleted: ['asset_2'], failed: [] });
    expect(handle!.undo()).toBe(false);
    expect(result.current.hidden.size).toBe(0);
  });

  it('brings the asset back and reports a refusal, without retrying a 409', async () => {
    fetchMock.mockResolvedValue(Response.json({ error: { code: 'CONFLICT', message: 'In use' } }, { status: 409 }));
    const { result } = setup();
    const onDone = vi.fn();
    act(() => void result.current.defer(['asset_3'], { onDone }));
    await act(() => vi.advanceTimersByTimeAsync(DELETE_UNDO_MS));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(onDone.mock.calls[0]![0].failed[0]).toMatchObject({ id: 'asset_3', error: { status: 409 } });
    expect(result.current.hidden.has('asset_3')).toBe(false);
  });

  it('retries a 503 twice before giving up (DELETE is safe to repeat)', async () => {
    fetchMock.mockImplementation(async () => new Response('', { status: 503 }));
    const { result } = setup();
    const onDone = vi.fn();
    act(() => void result.current.defer(['asset_4'], { onDone }));
    await act(() => vi.advanceTimersByTimeAsync(DELETE_UNDO_MS + 20_000));
    expect(fetchMock).toHaveBeenCalledTimes(3);
    expect(onDone.mock.calls[0]![0].failed).toHaveLength(1);
  });
});
