import type fc from 'fast-check';
import { Asset } from '../../../contract/asset.ts';
import { type KeyName, type Model, type Real, checkInvariants, expectEqual, expectStatus, personal, visible } from './model.ts';

type Cmd = fc.AsyncCommand<Model, Real>;
const enc = encodeURIComponent;

function checkAsset(json: unknown, model: Model, id: string) {
  const a = Asset.parse(json);
  const m = model.assets.get(id)!;
  expectEqual([a.id, a.name, a.brand_id, a.usage_mode], [m.id, m.name, m.brand_id, m.usage_mode], 'asset fields');
}

/**
 * POST /v1/assets, optionally linked to the `brandRef`-th brand; `fail` makes the source fetch fail.
 * Resource leak: a refused or failed create leaves no row and no bytes (checkInvariants counts both).
 */
export class CreateAsset implements Cmd {
  constructor(readonly key: KeyName, readonly shared: boolean, readonly name: string, readonly brandRef: number | null, readonly fail: boolean) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const scope = this.shared ? 'S' : personal(this.key);
    const brand = this.brandRef === null ? undefined : model.pick('brand', this.brandRef);
    const host = this.fail ? 'fail.test' : 'img.test';
    const body = { source_url: `https://${host}/a.png`, name: this.name, ...(brand ? { brand_id: brand.id } : {}), ...real.scopeParam(scope) };
    const res = await real.call(this.key, 'POST', '/v1/assets', body);
    // Hierarchy: the brand must be live and of the asset's own scope, else 404 before any fetch.
    if (brand && !(model.brands.has(brand.id) && brand.scope === scope)) expectStatus(res, 404, 'asset onto an unusable brand');
    else if (this.fail) expectStatus(res, 400, 'asset whose source fails');
    else {
      expectStatus(res, 201, 'create asset');
      const id = (res.json as { id: string }).id;
      model.assets.set(id, { id, scope, name: this.name, brand_id: brand?.id ?? null, usage_mode: brand ? 'always' : 'maybe' });
      model.created.asset.push({ id, scope });
      checkAsset(res.json, model, id);
    }
    checkInvariants(model, real);
  }
  toString = () => `CreateAsset(${this.key}, ${this.shared ? 'shared' : 'personal'}, ${JSON.stringify(this.name)}, brand#${this.brandRef}${this.fail ? ', failing source' : ''})`;
}

/**
 * GET, DELETE, or PATCH that links the asset to the `brandRef`-th brand (unlinks with null):
 * deleted or foreign assets are 404, and so is a link to a deleted or other-scope brand.
 */
export class AssetById implements Cmd {
  constructor(readonly key: KeyName, readonly method: 'GET' | 'LINK' | 'DELETE', readonly ref: number, readonly brandRef: number | null) {}
  check = (m: Readonly<Model>) => m.created.asset.length > 0;
  async run(model: Model, real: Real) {
    const target = model.pick('asset', this.ref)!;
    const live = model.assets.get(target.id);
    const brand = this.brandRef === null ? undefined : model.pick('brand', this.brandRef);
    const method = this.method === 'LINK' ? 'PATCH' : this.method;
    const body = this.method === 'LINK' ? { brand_id: brand?.id ?? null } : undefined;
    const res = await real.call(this.key, method, `/v1/assets/${enc(target.id)}`, body);
    if (!live || !visible(this.key, live.scope)) expectStatus(res, 404, `${this.method} deleted or foreign asset`);
    else if (this.method === 'LINK' && brand && !(model.brands.has(brand.id) && brand.scope === live.scope)) {
      expectStatus(res, 404, 'link across scopes or to a deleted brand');
    } else if (this.method === 'DELETE') {
      expectStatus(res, 204, 'delete asset');
      model.assets.delete(live.id);
    } else {
      expectStatus(res, 200, `${this.method} asset`);
      if (this.method === 'LINK') live.brand_id = brand?.id ?? null;
      checkAsset(res.json, model, live.id);
    }
    checkInvariants(model, real);
  }
  toString = () => `${this.method}Asset(${this.key}, asset#${this.ref}${this.method === 'LINK' ? `, brand#${this.brandRef}` : ''})`;
}

const LIST_PATHS = { brand: '/v1/brands', theme: '/v1/themes', asset: '/v1/assets' } as const;

/**
 * Walks a whole list page by page with `after` (limit 1–5) in a scope. Each live object of that
 * scope appears exactly once, newest first; nothing else does: no deleted object (use-after-free)
 * and nothing of another key's personal scope (namespace). Themes end with the system themes.
 */
export class WalkList implements Cmd {
  constructor(readonly key: KeyName, readonly kind: 'brand' | 'theme' | 'asset', readonly shared: boolean, readonly limit: number) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const scope = this.shared ? 'S' : personal(this.key);
    const live = this.kind === 'brand' ? model.brands : this.kind === 'theme' ? model.themes : model.assets;
    const want = model.newestFirst(this.kind, live as Map<string, { id: string; scope: typeof scope }>, scope).map((o) => o.id);
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; ; page++) {
      if (page > 200) throw new Error('list walk did not end');
      const params = new URLSearchParams({ limit: String(this.limit), ...real.scopeParam(scope), ...(after ? { after } : {}) });
      const res = await real.call(this.key, 'GET', `${LIST_PATHS[this.kind]}?${params}`);
      expectStatus(res, 200, `list ${this.kind}s`);
      const body = res.json as { data: { id: string; assets?: { id: string }[] }[]; has_more: boolean };
      if (body.data.length > this.limit) throw new Error(`page of ${body.data.length} over limit ${this.limit}`);
      for (const item of body.data) {
        if (this.kind === 'brand') expectEqual(item.assets!.map((a) => a.id), model.linkedAssets(item.id), `listed brand ${item.id} assets`);
      }
      seen.push(...body.data.map((d) => d.id));
      if (!body.has_more) break;
      after = seen[seen.length - 1];
    }
    const custom = this.kind === 'theme' ? seen.filter((id) => id.startsWith('theme_')) : seen;
    expectEqual(custom, want, `${this.kind}s of scope ${scope} seen by key ${this.key}, in order, each once`);
    if (this.kind === 'theme') expectEqual(seen.slice(0, custom.length), custom, 'custom themes before system themes');
    expectEqual(new Set(seen).size, seen.length, 'no item twice');
    checkInvariants(model, real);
  }
  toString = () => `WalkList(${this.key}, ${this.kind}s, ${this.shared ? 'shared' : 'personal'}, limit ${this.limit})`;
}
