import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Asset, AssetList, UsageMode } from '@contract';
import { createTestQueryClient } from '@/testing/render-app';
import { assetQueries, type AssetFilters } from './assets-queries';
import { moveAssets } from './assets-move';

/**
 * reliability.md B4 over the move primitive: every request is answered in an order fast-check's
 * scheduler picks (PATCHes of one asset still go one after another: that is the mutation scope's
 * job), some moves are refused, and refetches land at random moments. Once everything has settled
 * every cached list holds exactly what the server holds, and no asset shows under two brands.
 * The fake server is a model; the real one is covered by assets-move.test.ts.
 */

const BRANDS = ['brand_a', 'brand_b', 'brand_c'] as const;
const ASSETS = ['asset_1', 'asset_2', 'asset_3'] as const;
const USAGES: UsageMode[] = ['always', 'maybe', 'never'];
const RUNS = Number(process.env.B4_RUNS ?? 1000);

type Placement = { brand_id: string | null; usage_mode: UsageMode };

function assetOf(id: string, placement: Placement): Asset {
  return {
    object: 'asset',
    id,
    name: id,
    type: 'icon',
    url: `/files/${id}.png`,
    slug: id,
    format: 'png',
    category: null,
    tags: [],
    size: null,
    width: null,
    height: null,
    created_at: `2026-01-0${id.at(-1)}T00:00:00.000Z`,
    updated_at: '2026-01-01T00:00:00.000Z',
    ...placement,
  };
}

const json = (body: unknown, status = 200) => Response.json(body, { status });

/** The model server: applies a PATCH when its answer is released, refuses the ones marked to fail. */
function modelServer(failing: ReadonlySet<number>) {
  const state = new Map<string, Placement>(ASSETS.map((id) => [id, { brand_id: null, usage_mode: 'maybe' }]));
  let patchCount = 0;
  const handle = (path: string, init: RequestInit): Response => {
    const url = new URL(path, 'http://model');
    if (init.method === 'PATCH') {
      const id = url.pathname.split('/').at(-1)!;
      patchCount += 1;
      if (failing.has(patchCount)) return json({ error: { code: 'BAD_REQUEST', message: 'Refused.' } }, 400);
      const next = { ...state.get(id)!, ...(JSON.parse(String(init.body)) as Partial<Placement>) };
      state.set(id, next);
      return json(assetOf(id, next));
    }
    const brand = url.searchParams.get('brand_id');
    const unassigned = url.searchParams.get('unassigned') === 'true';
    const data = [...state.entries()]
      .filter(([, p]) => (brand ? p.brand_id === brand : unassigned ? p.brand_id === null : true))
      .map(([id, p]) => assetOf(id, p))
      .reverse();
    return json({ object: 'list', data, has_more: false } satisfies AssetList);
  };
  return { state, handle };
}

const LISTS: AssetFilters[] = [{}, { unassigned: true }, ...BRANDS.map((brand_id) => ({ brand_id }))];

const command = fc.oneof(
  fc.record({
    kind: fc.constant('move' as const),
    asset: fc.constantFrom(...ASSETS),
    brand: fc.constantFrom<string | null>(null, ...BRANDS),
    usage: fc.constantFrom(...USAGES),
  }),
  fc.record({ kind: fc.constant('refetch' as const) }),
);

afterEach(() => vi.unstubAllGlobals());

describe('B4: moves under out-of-order answers', () => {
  it(`ends with every list equal to the server, no asset under two brands (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.array(command, { minLength: 1, maxLength: 8 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 8 }), { maxLength: 3 }),
        async (s, commands, failures) => {
          const server = modelServer(new Set(failures));
          vi.stubGlobal('fetch', (path: string, init: RequestInit = {}) =>
            s.schedule(Promise.resolve(), `${init.method ?? 'GET'} ${path}`).then(() => server.handle(path, init)),
          );
          const client = createTestQueryClient();
          const loading = Promise.all(LISTS.map((filters) => client.fetchInfiniteQuery(assetQueries.infinite(filters))));
          await s.waitAll();
          await loading;

          const moves: Promise<unknown>[] = [];
          for (const step of commands) {
            if (step.kind === 'refetch') void client.invalidateQueries({ queryKey: assetQueries.all() });
            else {
              const asset = client
                .getQueryData(assetQueries.infinite({}).queryKey)!
                .pages.flatMap((p) => p.data)
                .find((a) => a.id === step.asset)!;
              moves.push(moveAssets(client, [asset], { brand_id: step.brand, usage_mode: step.usage }));
            }
          }
          // Everything settles: every answer released, including the refetch after the last move.
          for (let round = 0; round < 50; round += 1) {
            await s.waitAll();
            // A scoped PATCH is sent only after the one before it settled: let it be sent.
            await new Promise((resolve) => setTimeout(resolve, 0));
            if (s.count() === 0 && client.isFetching() === 0 && client.isMutating() === 0) break;
          }

          const shown = (filters: AssetFilters) =>
            client
              .getQueryData(assetQueries.infinite(filters).queryKey)!
              .pages.flatMap((p) => p.data)
              .map((a) => `${a.id}:${a.brand_id}:${a.usage_mode}`)
              .sort();
          const truth = (filters: AssetFilters) =>
            [...server.state.entries()]
              .filter(([, p]) => (filters.brand_id ? p.brand_id === filters.brand_id : filters.unassigned ? p.brand_id === null : true))
              .map(([id, p]) => `${id}:${p.brand_id}:${p.usage_mode}`)
              .sort();
          await Promise.all(moves);
          for (const filters of LISTS) expect(shown(filters)).toEqual(truth(filters));
          const underBrands = BRANDS.flatMap((brand_id) => shown({ brand_id }).map((line) => line.split(':')[0]));
          expect(new Set(underBrands).size).toBe(underBrands.length);
        },
      ),
      { numRuns: RUNS },
    );
  }, 600_000);
});
