import type { ApiClient } from './http-client.ts';
import type { FixtureImage } from './sandbox-process.ts';
import { applyWrite, emptyState, type WorkerState, type Write } from './model.ts';

/** mulberry32: small, seeded, good enough to pick operations and kill moments reproducibly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Worker {
  index: number;
  state: WorkerState;
  /** The write sent whose answer never came (the server died first); null when every answer arrived. */
  inDoubt: Write | null;
  seq: number;
  random: () => number;
}

export interface WorkloadContext {
  /** [personal scope id, organization id]; creates in the organization send org_id. */
  scopes: [string, string];
  images: FixtureImage[];
  /** Controls: favour linking assets and deleting brands that have some. */
  favourLinkedBrandDeletes?: boolean;
}

export interface Tally {
  acknowledged: number;
  refused: number;
  anomalies: string[];
}

interface Planned {
  write: Write;
  method: string;
  path: string;
  body?: object;
  expect: number;
}

const COLORS = Object.fromEntries(
  ['background', 'foreground', 'muted', 'card', 'text_on_muted', 'text_on_card', 'primary', 'secondary', 'tertiary']
    .concat(['text_on_primary', 'text_on_secondary', 'text_on_tertiary', 'border'])
    .map((token, i) => [token, `#${(0x102030 + i * 0x0a0b0c).toString(16).toUpperCase().padStart(6, '0')}`]),
);

export const newWorker = (index: number, seed: number): Worker => ({
  index,
  state: emptyState(),
  inDoubt: null,
  seq: 0,
  random: seededRandom(seed * 131 + index),
});

function plan(w: Worker, ctx: WorkloadContext): Planned {
  const pick = <T>(xs: T[]): T => xs[Math.floor(w.random() * xs.length)]!;
  const name = (tag: string) => `crash-w${w.index}-${tag}${++w.seq}`;
  const org = (scope: string) => (scope === ctx.scopes[1] ? { org_id: scope } : {});
  const { themes, brands, assets } = w.state;
  const brandList = [...brands];
  const assetList = [...assets];
  const used = new Set([...brands.values()].map((b) => b.theme_id));
  const linked = new Set([...assets.values()].map((a) => a.brand_id));
  const options: [number, () => Planned][] = [];
  const add = (weight: number, make: () => Planned) => weight > 0 && options.push([weight, make]);
  const bias = ctx.favourLinkedBrandDeletes ? 6 : 1;

  add(themes.size < 6 ? 2 : 0, () => {
    const scope = pick(ctx.scopes);
    const body = { name: name('t'), font_primary: 'Inter', font_secondary: 'Lora', colors: COLORS, ...org(scope) };
    return {
      write: { kind: 'createTheme', name: body.name, scope },
      method: 'POST',
      path: '/v1/themes',
      body,
      expect: 201,
    };
  });
  add(themes.size > 0 && brands.size < 5 ? 3 : 0, () => {
    const [themeId, theme] = pick([...themes]);
    const body = { name: name('b'), theme_id: themeId, ...org(theme.scope) };
    const write: Write = { kind: 'createBrand', name: body.name, scope: theme.scope, theme_id: themeId };
    return { write, method: 'POST', path: '/v1/brands', body, expect: 201 };
  });
  add(assets.size < 8 ? 3 : 0, () => {
    const scope = pick(ctx.scopes);
    const own = brandList.filter(([, b]) => b.scope === scope);
    const brandId = own.length > 0 && w.random() < 0.5 ? pick(own)[0] : null;
    const image = pick(ctx.images);
    const body = { source_url: image.url, name: name('a'), brand_id: brandId, ...org(scope) };
    const write: Write = { kind: 'createAsset', name: body.name, scope, brand_id: brandId, size: image.size };
    return { write, method: 'POST', path: '/v1/assets', body, expect: 201 };
  });
  const linkable = assetList.flatMap(([id, a]) =>
    brandList.filter(([bid, b]) => b.scope === a.scope && bid !== a.brand_id).map(([bid]) => [id, bid] as const),
  );
  add(linkable.length > 0 ? 4 * bias : 0, () => {
    const [id, brandId] = pick(linkable);
    return {
      write: { kind: 'setAssetBrand', id, brand_id: brandId },
      method: 'PATCH',
      path: `/v1/assets/${id}`,
      body: { brand_id: brandId },
      expect: 200,
    };
  });
  const unlinkable = assetList.filter(([, a]) => a.brand_id !== null);
  add(unlinkable.length > 0 ? 2 : 0, () => {
    const [id] = pick(unlinkable);
    return {
      write: { kind: 'setAssetBrand', id, brand_id: null },
      method: 'PATCH',
      path: `/v1/assets/${id}`,
      body: { brand_id: null },
      expect: 200,
    };
  });
  const crossScope = assetList.flatMap(([id, a]) =>
    brandList.filter(([, b]) => b.scope !== a.scope).map(([bid]) => [id, bid] as const),
  );
  add(crossScope.length > 0 ? 1 : 0, () => {
    const [id, brandId] = pick(crossScope);
    return {
      write: { kind: 'refused', what: 'cross-scope link' },
      method: 'PATCH',
      path: `/v1/assets/${id}`,
      body: { brand_id: brandId },
      expect: 404,
    };
  });
  const inUse = [...themes.keys()].filter((id) => used.has(id));
  add(inUse.length > 0 ? 1 : 0, () => {
    const id = pick(inUse);
    return {
      write: { kind: 'refused', what: 'delete a theme in use' },
      method: 'DELETE',
      path: `/v1/themes/${id}`,
      expect: 409,
    };
  });
  const unused = [...themes.keys()].filter((id) => !used.has(id));
  add(unused.length > 0 ? 1 : 0, () => {
    const id = pick(unused);
    return { write: { kind: 'deleteTheme', id }, method: 'DELETE', path: `/v1/themes/${id}`, expect: 204 };
  });
  add(brands.size > 0 ? 1 : 0, () => {
    const [id] = pick(brandList);
    const newName = name('b');
    return {
      write: { kind: 'renameBrand', id, name: newName },
      method: 'PATCH',
      path: `/v1/brands/${id}`,
      body: { name: newName },
      expect: 200,
    };
  });
  const withAssets = brandList.filter(([id]) => linked.has(id));
  const deletable = ctx.favourLinkedBrandDeletes && withAssets.length > 0 ? withAssets : brandList;
  add(brands.size > 0 ? (brands.size >= 4 ? 4 : 2) * bias : 0, () => {
    const [id] = pick(deletable);
    return { write: { kind: 'deleteBrand', id }, method: 'DELETE', path: `/v1/brands/${id}`, expect: 204 };
  });
  add(assets.size > 0 ? (assets.size >= 7 ? 4 : 2) : 0, () => {
    const [id] = pick(assetList);
    return { write: { kind: 'deleteAsset', id }, method: 'DELETE', path: `/v1/assets/${id}`, expect: 204 };
  });

  let roll = w.random() * options.reduce((sum, [weight]) => sum + weight, 0);
  for (const [weight, make] of options) {
    roll -= weight;
    if (roll < 0) return make();
  }
  return options.at(-1)![1]();
}

/**
 * One worker until the server dies or `stopped()`: every 2xx is applied to the worker's model
 * (an acknowledged write); a network error leaves the write in doubt; any unexpected status is an anomaly.
 */
export async function runWorker(
  w: Worker,
  client: ApiClient,
  ctx: WorkloadContext,
  tally: Tally,
  stopped: () => boolean,
  onAnswer: () => void,
) {
  while (!stopped()) {
    const p = plan(w, ctx);
    w.inDoubt = p.write;
    let reply;
    try {
      reply = await client.send(p.method, p.path, p.body);
    } catch {
      return;
    }
    if (reply.status !== p.expect) {
      // Its effect is unknown too: the check allows either outcome, the anomaly fails the suite.
      tally.anomalies.push(
        `worker ${w.index}: ${p.method} ${p.path} answered ${reply.status} (expected ${p.expect}): ${JSON.stringify(reply.body).slice(0, 300)}`,
      );
      return;
    }
    w.inDoubt = null;
    if (p.write.kind === 'refused') tally.refused++;
    else tally.acknowledged++;
    w.state = applyWrite(w.state, p.write, (reply.body as { id?: string } | null)?.id);
    onAnswer();
  }
}
