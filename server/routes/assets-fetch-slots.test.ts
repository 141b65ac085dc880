// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { SourceFetchError, type FetchedSource } from '../lib/fetch-source.ts';
import { errorOf, setup } from './route-test-helpers.ts';

let t: ReturnType<typeof setup>;
afterEach(() => t.close());

/** Keeps every `hold.test` request open until `release()`; `fail.test` fails, other hosts answer at once. */
function holdingFetcher() {
  const waiting: Array<() => void> = [];
  const arrived: Array<() => void> = [];
  let held = 0;
  const fetchSource = async (url: string): Promise<FetchedSource> => {
    const host = new URL(url).hostname;
    if (host === 'fail.test') throw new SourceFetchError('The server answered 404.');
    if (host === 'hold.test') {
      held++;
      arrived.splice(0).forEach((wake) => wake());
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
    return { bytes: Buffer.from(url), format: 'png', contentType: 'image/png', width: 8, height: 8, fileName: 'x' };
  };
  return {
    fetchSource,
    /** Resolves once `n` held fetches are in flight. */
    async heldAtLeast(n: number) {
      while (held < n) await new Promise<void>((resolve) => arrived.push(resolve));
    },
    release: () => waiting.splice(0).forEach((resolve) => resolve()),
  };
}

const create = (host: string, key = t.keys.a) =>
  t.request('POST', '/v1/assets', { key, body: { source_url: `https://${host}/a.png` } });

describe('concurrent source fetches', () => {
  it('allow 4 per key: the 5th is 429 with Retry-After, other keys go on, and a slot frees on completion', async () => {
    const fetcher = holdingFetcher();
    t = setup({ fetchSource: fetcher.fetchSource });
    const open = [1, 2, 3, 4].map(() => create('hold.test'));
    await fetcher.heldAtLeast(4);

    const refused = await create('img.test');
    expect(errorOf(refused)).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    const retryAfter = refused.headers.get('retry-after') ?? '';
    expect(retryAfter).toMatch(/^\d+$/);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);

    expect((await create('img.test', t.keys.b)).status).toBe(201);

    fetcher.release();
    expect((await Promise.all(open)).map((r) => r.status)).toEqual([201, 201, 201, 201]);
    expect((await create('img.test')).status).toBe(201);
  });

  it('cap the total across keys (limits injected), and free the slot when a fetch fails', async () => {
    const fetcher = holdingFetcher();
    t = setup({ fetchSource: fetcher.fetchSource, fetchSlots: { perKey: 1, global: 2 } });
    const open = [create('hold.test'), create('hold.test', t.keys.b)];
    await fetcher.heldAtLeast(2);
    expect((await create('img.test', t.keys.b)).status).toBe(429);
    fetcher.release();
    await Promise.all(open);
    // A failed fetch gives its slot back too.
    expect((await create('fail.test')).status).toBe(400);
    expect((await create('img.test')).status).toBe(201);
  });
});
