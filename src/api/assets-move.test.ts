import { beforeEach, describe, expect, it } from 'vitest';
import type { Asset, Brand } from '@contract';
import { createTestQueryClient } from '@/testing/render-app';
import { signedInSandbox } from '@/testing/sandbox-per-test';
import { assetQueries } from './assets-queries';
import { brandQueries } from './brands-queries';
import { moveAssets, undoMove } from './assets-move';

// The real sandbox in-process; faults and holds are injected on the way to it.
let through: ((path: string, init: RequestInit) => Promise<Response> | null) | null = null;
const patches: Array<{ path: string; body: unknown }> = [];
const server = signedInSandbox({
  through: (path, init, sandbox) => {
    if (init.method === 'PATCH') patches.push({ path, body: JSON.parse(String(init.body)) });
    return through?.(path, init) ?? sandbox.fetch(path, init);
  },
});
beforeEach(() => {
  through = null;
  patches.length = 0;
});

const LOGO = 'asset_01AAAAAAAAAAAAAAAAAAAAAAA1';
const MARK = 'asset_01AAAAAAAAAAAAAAAAAAAAAAA2';

async function seed() {
  const make = async (name: string) =>
    (await server.sandbox.request('POST', '/v1/brands', { body: { name, theme_id: 'sunset' } })).json as Brand;
  const verde = await make('Verde');
  const rosso = await make('Rosso');
  const insert = server.sandbox.db.prepare(
    `INSERT INTO assets (id, scope_id, brand_id, name, type, file_key, slug, format, usage_mode, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'icon', 'x.png', ?, 'png', ?, ?, ?)`,
  );
  const at = (n: number) => `2026-01-0${n}T00:00:00.000Z`;
  insert.run(LOGO, server.users.a, null, 'Logo', 'logo', 'maybe', at(1), at(1));
  insert.run(MARK, server.users.a, rosso.id, 'Mark', 'mark', 'always', at(2), at(2));

  const client = createTestQueryClient();
  const lists = {
    unassigned: assetQueries.infinite({ unassigned: true }),
    verde: assetQueries.infinite({ brand_id: verde.id }),
    rosso: assetQueries.infinite({ brand_id: rosso.id }),
    icons: assetQueries.infinite({ type: 'icon' }),
  };
  for (const list of Object.values(lists)) await client.fetchInfiniteQuery(list);
  // A brand page's lanes: the whole list, every page kept.
  const verdeLanes = assetQueries.whole({ brand_id: verde.id });
  await client.fetchInfiniteQuery(verdeLanes);
  await client.fetchInfiniteQuery(brandQueries.infinite({}));
  await client.fetchQuery(brandQueries.detail(verde.id));
  await client.fetchQuery(brandQueries.detail(rosso.id));

  const ids = (key: keyof typeof lists | 'verdeLanes') =>
    client
      .getQueryData((key === 'verdeLanes' ? verdeLanes : lists[key]).queryKey)
      ?.pages.flatMap((p) => p.data.map((a) => `${a.id === LOGO ? 'logo' : 'mark'}:${a.usage_mode}`));
  const embedded = (brand: Brand) => ({
    detail: client.getQueryData<Brand>(brandQueries.detail(brand.id).queryKey)?.assets.map((a) => a.name),
    card: client
      .getQueryData(brandQueries.infinite({}).queryKey)
      ?.pages.flatMap((p) => p.data)
      .find((b) => b.id === brand.id)
      ?.assets.map((a) => a.name),
  });
  const asset = (id: string) => client.getQueryData(lists.icons.queryKey)!.pages[0]!.data.find((a) => a.id === id)!;
  const onServer = async (id: string) => (await server.sandbox.request('GET', `/v1/assets/${id}`)).json as Asset;
  return { client, verde, rosso, ids, embedded, asset, onServer };
}

/** A PATCH that waits until released, so a test can look at the cache while it is in flight. */
function hold() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  through = (path, init) => (init.method === 'PATCH' ? gate.then(() => server.fetch(path, init)) : null);
  return release;
}

describe('moveAssets', () => {
  it('moves every cache synchronously, sends one PATCH of brand_id and usage_mode, and keeps the answer', async () => {
    const s = await seed();
    const release = hold();
    const moving = moveAssets(s.client, [s.asset(LOGO)], { brand_id: s.verde.id, usage_mode: 'always' });
    // Before any await: the lists, the brand detail and the brand card all show the move.
    expect(s.ids('unassigned')).toEqual([]);
    expect(s.ids('verde')).toEqual(['logo:always']);
    expect(s.ids('verdeLanes')).toEqual(['logo:always']);
    expect(s.ids('icons')).toEqual(['mark:always', 'logo:always']);
    expect(s.embedded(s.verde)).toEqual({ detail: ['Logo'], card: ['Logo'] });
    release();
    const outcome = await moving;
    expect(outcome.failed).toEqual([]);
    expect(outcome.moved[0]!.previous).toEqual({ brand_id: null, usage_mode: 'maybe' });
    expect(patches).toEqual([{ path: `/v1/assets/${LOGO}`, body: { brand_id: s.verde.id, usage_mode: 'always' } }]);
    expect(await s.onServer(LOGO)).toMatchObject({ brand_id: s.verde.id, usage_mode: 'always' });
    // The refetch after success agrees with the move.
    await s.client.refetchQueries();
    expect(s.ids('verde')).toEqual(['logo:always']);
    expect(s.ids('unassigned')).toEqual([]);
  });

  it('moves an asset from another brand, and Undo gives it back with its usage', async () => {
    const s = await seed();
    const outcome = await moveAssets(s.client, [s.asset(MARK)], { brand_id: s.verde.id, usage_mode: 'never' });
    expect(s.ids('rosso')).toEqual([]);
    expect(s.embedded(s.rosso)).toEqual({ detail: [], card: [] });
    expect(s.ids('verde')).toEqual(['mark:never']);
    const undone = undoMove(s.client, outcome);
    expect(s.ids('rosso')).toEqual(['mark:always']);
    expect(s.ids('verde')).toEqual([]);
    await undone;
    expect(await s.onServer(MARK)).toMatchObject({ brand_id: s.rosso.id, usage_mode: 'always' });
  });

  it('rolls every cache back on failure, with the reason, after the write policy gave up', async () => {
    const s = await seed();
    through = (_path, init) =>
      init.method === 'PATCH'
        ? Promise.resolve(Response.json({ error: { code: 'BAD_REQUEST', message: 'Refused.' } }, { status: 400 }))
        : null;
    const moving = moveAssets(s.client, [s.asset(LOGO)], { brand_id: s.verde.id, usage_mode: 'always' });
    expect(s.ids('verde')).toEqual(['logo:always']);
    const outcome = await moving;
    expect(outcome.moved).toEqual([]);
    expect(outcome.failed[0]).toMatchObject({ asset: { id: LOGO }, error: { status: 400 } });
    expect(s.ids('verde')).toEqual([]);
    expect(s.ids('unassigned')).toEqual(['logo:maybe']);
    expect(s.embedded(s.verde)).toEqual({ detail: [], card: [] });
    expect(patches).toHaveLength(1);
  });

  it('ends in the state of the last of two quick moves, sent in order', async () => {
    const s = await seed();
    const release = hold();
    const first = moveAssets(s.client, [s.asset(LOGO)], { brand_id: s.verde.id, usage_mode: 'always' });
    const second = moveAssets(s.client, [s.asset(LOGO)], { brand_id: s.rosso.id, usage_mode: 'never' });
    expect(s.ids('verde')).toEqual([]);
    expect(s.ids('rosso')).toEqual(['mark:always', 'logo:never']);
    release();
    await Promise.all([first, second]);
    expect(patches.map((p) => p.body)).toEqual([
      { brand_id: s.verde.id, usage_mode: 'always' },
      { brand_id: s.rosso.id, usage_mode: 'never' },
    ]);
    expect(await s.onServer(LOGO)).toMatchObject({ brand_id: s.rosso.id, usage_mode: 'never' });
    expect(s.ids('rosso')).toEqual(['mark:always', 'logo:never']);
  });

  it('keeps a pending move on screen when a refetch lands with the state from before it', async () => {
    const s = await seed();
    const release = hold();
    const moving = moveAssets(s.client, [s.asset(LOGO)], { brand_id: s.verde.id, usage_mode: 'maybe' });
    await s.client.refetchQueries({ queryKey: assetQueries.infinite({ unassigned: true }).queryKey });
    expect(s.ids('unassigned')).toEqual([]);
    release();
    await moving;
    expect(s.ids('verde')).toEqual(['logo:maybe']);
  });
});
