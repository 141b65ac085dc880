import { beforeEach, describe, expect, it } from 'vitest';
import type { Asset } from '@contract';
import { createTestQueryClient } from '@/testing/render-app';
import { signedInSandbox } from '@/testing/sandbox-per-test';
import { saveAsset, updateAssetNow } from './assets-mutations';
import { assetQueries } from './assets-queries';

// The real sandbox in-process; faults are injected on the way to it.
let fault: ((path: string, init: RequestInit) => Promise<Response> | null) | null = null;
let patches = 0;
const server = signedInSandbox({
  through: (path, init, sandbox) => {
    if (init.method === 'PATCH') patches += 1;
    return fault?.(path, init) ?? sandbox.fetch(path, init);
  },
});
beforeEach(() => {
  fault = null;
  patches = 0;
});

const LOGO = 'asset_01AAAAAAAAAAAAAAAAAAAAAAA1';
const MARK = 'asset_01AAAAAAAAAAAAAAAAAAAAAAA2';

/** Rows, because this sandbox has no source fetcher; the columns are the migration's. */
function seedAssets(): void {
  const insert = server.sandbox.db.prepare(
    `INSERT INTO assets (id, scope_id, brand_id, name, type, file_key, slug, format, usage_mode, created_at, updated_at)
     VALUES (?, ?, NULL, ?, 'icon', 'x.png', ?, 'png', 'maybe', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
  );
  insert.run(LOGO, server.users.a, 'Logo', 'logo');
  insert.run(MARK, server.users.a, 'Mark', 'mark');
}

async function cached() {
  seedAssets();
  const client = createTestQueryClient();
  await client.fetchInfiniteQuery(assetQueries.infinite({}));
  await client.fetchQuery(assetQueries.detail(LOGO));
  const usage = (id: string) => ({
    list: client.getQueryData(assetQueries.infinite({}).queryKey)?.pages[0]?.data.find((a) => a.id === id)?.usage_mode,
    detail: client.getQueryData<Asset>(assetQueries.detail(id).queryKey)?.usage_mode,
  });
  return { client, usage };
}

const error = (status: number) => () =>
  Promise.resolve(Response.json({ error: { code: 'X', message: 'Injected.' } }, { status }));

describe('saveAsset (bulk work)', () => {
  it('shows the change in every cached copy at once, then keeps the server answer', async () => {
    const { client, usage } = await cached();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    fault = (path, init) => (init.method === 'PATCH' ? held.then(() => server.fetch(path, init)) : null);
    const saving = saveAsset(client, LOGO, { usage_mode: 'never' });
    expect(usage(LOGO)).toEqual({ list: 'never', detail: 'never' });
    release();
    const saved = await saving;
    expect(saved.usage_mode).toBe('never');
    expect(client.getQueryData(assetQueries.detail(LOGO).queryKey)).toEqual(saved);
  });

  it('puts back only its own asset when the save fails, and leaves retrying to the queue', async () => {
    const { client, usage } = await cached();
    const before = client.getQueryData(assetQueries.detail(LOGO).queryKey);
    fault = (path, init) => (init.method === 'PATCH' && path.endsWith(LOGO) ? error(500)() : null);
    const failing = saveAsset(client, LOGO, { usage_mode: 'never' });
    await saveAsset(client, MARK, { usage_mode: 'always' });
    await expect(failing).rejects.toMatchObject({ status: 500 });
    expect(usage(LOGO)).toEqual({ list: 'maybe', detail: 'maybe' });
    expect(client.getQueryData(assetQueries.detail(LOGO).queryKey)).toEqual(before);
    expect(usage(MARK).list).toBe('always');
    expect(patches).toBe(2);
  });
});

describe('updateAssetNow (single edits)', () => {
  it('rolls the optimistic write back on a refusal, without retrying it', async () => {
    const { client, usage } = await cached();
    fault = (_path, init) => (init.method === 'PATCH' ? error(400)() : null);
    await expect(updateAssetNow(client, LOGO, { usage_mode: 'never' })).rejects.toMatchObject({ status: 400 });
    expect(usage(LOGO)).toEqual({ list: 'maybe', detail: 'maybe' });
    expect(patches).toBe(1);
  });
});
