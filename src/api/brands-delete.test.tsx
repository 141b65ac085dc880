import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Asset, Brand } from '@contract';
import { createTestQueryClient, QueryWrapper } from '@/testing/render-app';
import { signedInSandbox } from '@/testing/sandbox-per-test';
import { brandQueries } from './brands';
import { useDeleteBrand, usePendingBrandDeletes } from './brands-delete';

let deletes: string[] = [];
const server = signedInSandbox({
  through: (input, init, sandbox) => {
    if (init.method === 'DELETE') deletes.push(input);
    return sandbox.fetch(input, init);
  },
});
beforeEach(() => {
  deletes = [];
});

async function seedBrand(): Promise<Brand> {
  const res = await server.sandbox.request('POST', '/v1/brands', {
    body: { name: 'Doomed', theme_id: 'sunset', ai_instruction: 'Line 1\nLine 2' },
  });
  return res.json as Brand;
}

/**
 * Two assets linked to the brand. Inserted as rows because this sandbox has no source fetcher;
 * the columns are the migration's (server/db/migrations/001-init.sql).
 */
function linkAssets(brand: Brand): void {
  const insert = server.sandbox.db.prepare(
    `INSERT INTO assets (id, scope_id, brand_id, name, type, file_key, slug, format, usage_mode, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'icon', 'x.png', ?, 'png', ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
  );
  insert.run('asset_01AAAAAAAAAAAAAAAAAAAAAAA1', server.users.a, brand.id, 'Logo', 'logo', 'never');
  insert.run('asset_01AAAAAAAAAAAAAAAAAAAAAAA2', server.users.a, brand.id, 'Mark', 'mark', 'always');
}

function setup() {
  const client = createTestQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryWrapper client={client}>{children}</QueryWrapper>;
  const hook = renderHook(() => ({ ...useDeleteBrand(), pending: usePendingBrandDeletes() }), { wrapper });
  return { client, hook };
}

const get = (id: string) => server.sandbox.request('GET', `/v1/brands/${id}`);

describe('delete with undo (delayed commit)', () => {
  it('hides the brand at once and sends nothing when undone inside the window', async () => {
    const brand = await seedBrand();
    const { hook } = setup();
    act(() => hook.result.current.scheduleDelete(brand, { delayMs: 50 }));
    expect(hook.result.current.pending.has(brand.id)).toBe(true);
    let restored: Brand | undefined;
    await act(async () => {
      restored = await hook.result.current.undoDelete(brand);
    });
    expect(restored).toBe(brand);
    expect(hook.result.current.pending.has(brand.id)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(deletes).toEqual([]);
    expect((await get(brand.id)).json).toEqual(brand);
  });

  it('sends the DELETE when the window ends and forgets the cached brand', async () => {
    const brand = await seedBrand();
    const { client, hook } = setup();
    await client.fetchQuery(brandQueries.detail(brand.id));
    const onCommitted = vi.fn();
    act(() => hook.result.current.scheduleDelete(brand, { delayMs: 20, onCommitted }));
    await waitFor(() => expect(onCommitted).toHaveBeenCalled());
    expect(deletes).toEqual([`/v1/brands/${brand.id}`]);
    expect((await get(brand.id)).status).toBe(404);
    expect(client.getQueryData(brandQueries.detail(brand.id).queryKey)).toBeUndefined();
    expect(hook.result.current.pending.size).toBe(0);
  });

  it('counts a 404 on the DELETE as done (someone else deleted it first)', async () => {
    const brand = await seedBrand();
    await server.sandbox.request('DELETE', `/v1/brands/${brand.id}`);
    const { hook } = setup();
    const onCommitted = vi.fn();
    const onFailed = vi.fn();
    act(() => hook.result.current.scheduleDelete(brand, { delayMs: 10, onCommitted, onFailed }));
    await waitFor(() => expect(onCommitted).toHaveBeenCalled());
    expect(onFailed).not.toHaveBeenCalled();
  });

  it('Undo after the commit recreates the brand and relinks exactly its assets, usage modes unchanged', async () => {
    const seeded = await seedBrand();
    linkAssets(seeded);
    const brand = (await get(seeded.id)).json as Brand;
    expect(brand.assets).toHaveLength(2);
    const { hook } = setup();
    const onCommitted = vi.fn();
    act(() => hook.result.current.scheduleDelete(brand, { delayMs: 10, onCommitted }));
    await waitFor(() => expect(onCommitted).toHaveBeenCalled());
    let restored: Brand | undefined;
    await act(async () => {
      restored = await hook.result.current.undoDelete(brand);
    });
    expect(restored!.id).not.toBe(brand.id);
    const after = (await get(restored!.id)).json as Brand;
    expect(after).toMatchObject({ name: brand.name, theme_id: brand.theme_id, ai_instruction: brand.ai_instruction });
    const pick = (assets: Asset[]) => assets.map((a) => [a.id, a.usage_mode]);
    expect(pick(after.assets)).toEqual(pick(brand.assets));
  });

  it('Undo when the DELETE failed changes nothing and makes no duplicate', async () => {
    const brand = await seedBrand();
    vi.stubGlobal('fetch', (input: string, init: RequestInit = {}) =>
      init.method === 'DELETE'
        ? Promise.resolve(Response.json({ error: { code: 'FORBIDDEN', message: 'no' } }, { status: 403 }))
        : server.fetch(input, init),
    );
    const { hook } = setup();
    const onFailed = vi.fn();
    act(() => hook.result.current.scheduleDelete(brand, { delayMs: 10, onFailed }));
    await waitFor(() => expect(onFailed).toHaveBeenCalled());
    expect(hook.result.current.pending.has(brand.id)).toBe(false);
    await act(async () => {
      await hook.result.current.undoDelete(brand);
    });
    const list = (await server.sandbox.request('GET', '/v1/brands')).json as { data: Brand[] };
    expect(list.data.map((b) => b.id)).toEqual([brand.id]);
  });
});
