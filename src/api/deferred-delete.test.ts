import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiPaths, type Brand } from '@contract';
import { createTestQueryClient } from '@/testing/render-app';
import { signedInSandbox } from '@/testing/sandbox-per-test';
import { DeferredDeletes, type DeleteOutcome } from './deferred-delete';
import { mutationScope } from './write-policy';

// The engine against the real sandbox, deleting brands; faults are injected by wrapping its fetch.
const WINDOW_MS = 10_000;
let sent: Array<{ path: string; init: RequestInit }> = [];
let fault: ((path: string, init: RequestInit) => Promise<Response> | null) | null = null;
const server = signedInSandbox({
  through: (path, init, sandbox) => {
    if (init.method === 'DELETE') sent.push({ path, init });
    return fault?.(path, init) ?? sandbox.fetch(path, init);
  },
});
const forgotten: Array<{ ids: readonly string[]; stillHidden: boolean }> = [];
const refreshed: DeleteOutcome[] = [];

const engine = new DeferredDeletes({
  path: apiPaths.brands.detail,
  scope: mutationScope.brand,
  undoMs: WINDOW_MS,
  forget: (_client, ids) => forgotten.push({ ids, stillHidden: ids.every((id) => engine.getHidden().has(id)) }),
  refresh: (_client, outcome) => void refreshed.push(outcome),
});

beforeEach(() => {
  sent = [];
  fault = null;
  forgotten.length = 0;
  refreshed.length = 0;
  vi.useFakeTimers();
});
// Runs before the sandbox closes (after-hooks run last-registered first).
afterEach(async () => {
  // Whatever a test left inside its window is sent now, so the next test starts empty.
  await vi.runAllTimersAsync();
  vi.useRealTimers();
});

async function seedBrand(name = 'Doomed'): Promise<string> {
  const res = await server.sandbox.request('POST', '/v1/brands', { body: { name, theme_id: 'sunset' } });
  return (res.json as Brand).id;
}
const status = async (id: string) => (await server.sandbox.request('GET', `/v1/brands/${id}`)).status;
const answer = (status: number) => () =>
  Promise.resolve(Response.json({ error: { code: 'X', message: 'Injected.' } }, { status }));

function schedule(ids: string[], options: Parameters<DeferredDeletes['schedule']>[2] = {}) {
  const onDone = vi.fn<(outcome: DeleteOutcome) => void>();
  const handle = engine.schedule(createTestQueryClient(), ids, { onDone, ...options });
  return { ...handle, onDone };
}

describe('the undo window', () => {
  it('hides at once, sends nothing inside the window, and Undo leaves the server as it was', async () => {
    const id = await seedBrand();
    const { undo, onDone } = schedule([id]);
    expect(engine.getHidden().has(id)).toBe(true);
    expect(engine.state(id)).toBe('waiting');
    await vi.advanceTimersByTimeAsync(WINDOW_MS - 1);
    expect(sent).toEqual([]);
    expect(undo()).toBe(true);
    expect(engine.getHidden().size).toBe(0);
    await vi.advanceTimersByTimeAsync(WINDOW_MS);
    expect(sent).toEqual([]);
    expect(onDone).not.toHaveBeenCalled();
    expect(await status(id)).toBe(200);
  });

  it('sends the DELETE when the window ends, drops the cache before showing the ids again', async () => {
    const id = await seedBrand();
    const { undo, onDone } = schedule([id]);
    await vi.advanceTimersByTimeAsync(WINDOW_MS);
    expect(onDone).toHaveBeenCalledWith({ deleted: [id], failed: [] });
    expect(sent.map((s) => s.path)).toEqual([`/v1/brands/${id}`]);
    expect(forgotten).toEqual([{ ids: [id], stillHidden: true }]);
    expect(refreshed).toEqual([{ deleted: [id], failed: [] }]);
    expect(engine.getHidden().size).toBe(0);
    expect(undo()).toBe(false);
    expect(await status(id)).toBe(404);
  });

  it('Undo of one id keeps the rest of its batch; an id already on its way is not scheduled twice', async () => {
    const [keep, drop] = [await seedBrand('Keep'), await seedBrand('Drop')];
    schedule([keep, drop]);
    expect(schedule([drop]).undo()).toBe(false);
    expect(engine.cancel(keep)).toBe(true);
    expect([...engine.getHidden()]).toEqual([drop]);
    await vi.advanceTimersByTimeAsync(WINDOW_MS);
    expect(sent.map((s) => s.path)).toEqual([`/v1/brands/${drop}`]);
    expect(await status(keep)).toBe(200);
  });

  it('a commit passed by the caller (a bulk queue) does the sending', async () => {
    const commit = vi.fn(async (ids: string[]) => ({ deleted: ids.slice(1), failed: [{ id: ids[0]!, error: 'no' }] }));
    const { onDone } = schedule(['brand_a', 'brand_b'], { commit, undoMs: 50 });
    await vi.advanceTimersByTimeAsync(50);
    expect(commit).toHaveBeenCalledWith(['brand_a', 'brand_b']);
    expect(onDone).toHaveBeenCalledWith({ deleted: ['brand_b'], failed: [{ id: 'brand_a', error: 'no' }] });
    expect(sent).toEqual([]);
  });
});

describe('the commit', () => {
  it('counts a 404 on the DELETE as done (someone else deleted it first)', async () => {
    const id = await seedBrand();
    await server.sandbox.request('DELETE', `/v1/brands/${id}`);
    const { onDone } = schedule([id]);
    await vi.advanceTimersByTimeAsync(WINDOW_MS);
    expect(onDone).toHaveBeenCalledWith({ deleted: [id], failed: [] });
  });

  it('retries a 503 twice, then reports the failure and shows the object again', async () => {
    const id = await seedBrand();
    fault = (_path, init) => (init.method === 'DELETE' ? answer(503)() : null);
    const { onDone } = schedule([id]);
    await vi.advanceTimersByTimeAsync(WINDOW_MS);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(sent).toHaveLength(3);
    expect(onDone.mock.calls[0]![0]).toMatchObject({ deleted: [], failed: [{ id, error: { status: 503 } }] });
    expect(forgotten).toEqual([{ ids: [], stillHidden: true }]);
    expect(engine.getHidden().has(id)).toBe(false);
  });

  it('does not retry a refusal, and Undo waits for a commit in flight', async () => {
    const id = await seedBrand();
    fault = (_path, init) => (init.method === 'DELETE' ? answer(409)() : null);
    const { onDone } = schedule([id]);
    vi.advanceTimersByTime(WINDOW_MS);
    expect(engine.state(id)).toBe('sending');
    expect(engine.cancel(id)).toBe(false);
    await engine.settled(id);
    expect(sent).toHaveLength(1);
    expect(onDone.mock.calls[0]![0].failed[0]).toMatchObject({ id, error: { status: 409 } });
  });
});

describe('leaving the page', () => {
  const leave = (type: 'beforeunload' | 'pagehide') => {
    const event = new Event(type, { cancelable: true });
    window.dispatchEvent(event);
    return event;
  };

  it('asks first while a delete waits, and sends it on pagehide with keepalive', async () => {
    const id = await seedBrand();
    const { undo, onDone } = schedule([id]);
    expect(leave('beforeunload').defaultPrevented).toBe(true);
    leave('pagehide');
    expect(sent).toEqual([
      { path: `/v1/brands/${id}`, init: expect.objectContaining({ method: 'DELETE', keepalive: true }) as RequestInit },
    ]);
    expect(engine.state(id)).toBe('flushed');
    // The outcome is unknown to this page: the object stays hidden and Undo is no longer in time.
    expect(engine.getHidden().has(id)).toBe(true);
    expect(undo()).toBe(false);
    await vi.advanceTimersByTimeAsync(WINDOW_MS);
    expect(sent).toHaveLength(1);
    expect(onDone).not.toHaveBeenCalled();
    expect(await status(id)).toBe(404);
    expect(leave('beforeunload').defaultPrevented).toBe(false);
  });

  it('does not ask once nothing waits', async () => {
    const id = await seedBrand();
    schedule([id]).undo();
    expect(leave('beforeunload').defaultPrevented).toBe(false);
  });
});
