import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError, apiFetch, DEFAULT_TIMEOUT_MS } from './client';

// Fault injection is the one allowed use of stubs: each test decides what `fetch` answers.
const fetchMock = vi.fn<typeof fetch>();
const Item = z.object({ id: z.string(), name: z.string() });

function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  });
}

/** A fetch that never answers but rejects when its signal aborts, like the browser's. */
function hang(_input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  return new Promise((_, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true });
  });
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('apiFetch success', () => {
  it('sends JSON on the same origin and parses the body with the schema', async () => {
    fetchMock.mockResolvedValue(json({ id: 'brand_1', name: 'Acme' }, { status: 201 }));
    const result = await apiFetch('/v1/brands', { method: 'POST', body: { name: 'Acme' }, schema: Item });
    expect(result).toEqual({ id: 'brand_1', name: 'Acme' });
    const [path, init] = fetchMock.mock.calls[0]!;
    expect(path).toBe('/v1/brands');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin', body: '{"name":"Acme"}' });
    expect(init?.headers).toEqual({ Accept: 'application/json', 'Content-Type': 'application/json' });
  });

  it('sends no body and no Content-Type on a GET', async () => {
    fetchMock.mockResolvedValue(json({ id: 'b', name: 'n' }));
    await apiFetch('/v1/brands/b', { schema: Item });
    const init = fetchMock.mock.calls[0]![1]!;
    expect(init.method).toBe('GET');
    expect(init.body).toBeUndefined();
    expect(init.headers).toEqual({ Accept: 'application/json' });
  });

  it('resolves a 204 to undefined when no schema is given', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
    await expect(apiFetch('/v1/brands/b', { method: 'DELETE' })).resolves.toBeUndefined();
  });

  it('treats an empty 204 where data was expected as an invalid response', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
    const error = await failure(apiFetch('/v1/brands/b', { schema: Item }));
    expect(error).toMatchObject({ status: 204, code: 'INVALID_RESPONSE' });
  });
});

describe('apiFetch invalid responses', () => {
  it('rejects a 200 that is not JSON (an HTML page, truncated JSON)', async () => {
    fetchMock.mockResolvedValueOnce(new Response('<!doctype html><p>hi', { status: 200 }));
    expect(await failure(apiFetch('/v1/brands', { schema: Item }))).toMatchObject({ code: 'INVALID_RESPONSE' });
    fetchMock.mockResolvedValueOnce(new Response('{"id":"b","na', { status: 200 }));
    expect(await failure(apiFetch('/v1/brands', { schema: Item }))).toMatchObject({ code: 'INVALID_RESPONSE' });
  });

  it('rejects a body that fails the contract, with the failing paths as details', async () => {
    fetchMock.mockResolvedValue(json({ id: 7 }, { headers: { 'X-Request-Id': 'req_9' } }));
    const error = await failure(apiFetch('/v1/brands/b', { schema: Item }));
    expect(error).toMatchObject({ status: 200, code: 'INVALID_RESPONSE', requestId: 'req_9' });
    expect(error.details.map((d) => d.path).sort()).toEqual(['id', 'name']);
  });
});

describe('apiFetch HTTP errors', () => {
  it('reads the error envelope', async () => {
    fetchMock.mockResolvedValue(
      json(
        {
          error: {
            code: 'VALIDATION_ERROR',
            message: 'name is too long',
            details: [{ path: 'name', message: 'Too long' }],
            request_id: 'req_1',
          },
        },
        { status: 400 },
      ),
    );
    const error = await failure(apiFetch('/v1/brands', { method: 'POST', body: {} }));
    expect(error).toMatchObject({
      status: 400,
      code: 'VALIDATION_ERROR',
      message: 'name is too long',
      details: [{ path: 'name', message: 'Too long' }],
      requestId: 'req_1',
      retryAfterMs: null,
    });
  });

  it('keeps unknown codes as they are (code is an open string)', async () => {
    fetchMock.mockResolvedValue(json({ error: { code: 'QUOTA_EXCEEDED', message: 'Quota' } }, { status: 402 }));
    expect(await failure(apiFetch('/v1/assets'))).toMatchObject({ status: 402, code: 'QUOTA_EXCEEDED' });
  });

  it('fills code and message by status for an envelope without code or an HTML 502', async () => {
    fetchMock.mockResolvedValueOnce(json({ error: {} }, { status: 404 }));
    const notFound = await failure(apiFetch('/v1/brands/x'));
    expect(notFound).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(notFound.message).toMatch(/not found/i);

    fetchMock.mockResolvedValueOnce(new Response('<html><h1>502 Bad Gateway</h1></html>', { status: 502 }));
    const badGateway = await failure(apiFetch('/v1/brands'));
    expect(badGateway).toMatchObject({ status: 502, code: 'BAD_GATEWAY', details: [] });
    expect(badGateway.message).not.toContain('<');
  });

  it('reads Retry-After as seconds or as an HTTP date', async () => {
    fetchMock.mockResolvedValueOnce(
      json({ error: { code: 'RATE_LIMITED', message: 'Slow down' } }, { status: 429, headers: { 'Retry-After': '7' } }),
    );
    expect(await failure(apiFetch('/v1/brands'))).toMatchObject({ status: 429, retryAfterMs: 7_000 });

    vi.useFakeTimers({ now: new Date('2026-11-23T12:00:00Z') });
    fetchMock.mockResolvedValueOnce(
      new Response('', { status: 503, headers: { 'Retry-After': 'Mon, 23 Nov 2026 12:00:30 GMT' } }),
    );
    expect(await failure(apiFetch('/v1/brands'))).toMatchObject({ status: 503, retryAfterMs: 30_000 });
  });

  it('caps a runaway server message', async () => {
    fetchMock.mockResolvedValue(json({ error: { code: 'X', message: 'a'.repeat(5_000) } }, { status: 500 }));
    expect((await failure(apiFetch('/v1/brands'))).message.length).toBeLessThanOrEqual(500);
  });
});

describe('apiFetch transport failures', () => {
  it('turns a rejected fetch into NETWORK_ERROR with status 0', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    expect(await failure(apiFetch('/v1/brands'))).toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });

  it('turns a body that breaks mid-stream into NETWORK_ERROR', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"id":'));
        controller.error(new TypeError('network reset'));
      },
    });
    fetchMock.mockResolvedValue(new Response(body, { status: 200 }));
    expect(await failure(apiFetch('/v1/brands', { schema: Item }))).toMatchObject({ code: 'NETWORK_ERROR' });
  });

  it('ends a hung request at the default 15 s deadline with TIMEOUT', async () => {
    vi.useFakeTimers();
    fetchMock.mockImplementation(hang);
    const pending = failure(apiFetch('/v1/brands'));
    await vi.advanceTimersByTimeAsync(DEFAULT_TIMEOUT_MS - 1);
    expect(fetchMock.mock.calls[0]![1]!.signal!.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toMatchObject({ status: 0, code: 'TIMEOUT' });
  });

  it('honours a custom deadline', async () => {
    vi.useFakeTimers();
    fetchMock.mockImplementation(hang);
    const pending = failure(apiFetch('/v1/brands', { timeoutMs: 1_000 }));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await pending).toMatchObject({ code: 'TIMEOUT' });
  });

  it("rethrows the caller's abort untouched, so React Query sees a cancellation", async () => {
    fetchMock.mockImplementation(hang);
    const controller = new AbortController();
    const pending = apiFetch('/v1/brands', { signal: controller.signal });
    const reason = new DOMException('left the page', 'AbortError');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it('does not call fetch when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(apiFetch('/v1/brands', { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
