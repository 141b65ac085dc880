import { ASSET_TYPES, type AssetType, type UsageMode } from '../../../contract/asset.ts';
import { newId } from '../../lib/ids.ts';
import type { AssetRow, BrandRow } from '../rows.ts';
import { ASSET_NAMES, CATEGORIES, COMMON_TAGS, NAME_QUALIFIERS, TAGS, slugify } from './asset-catalog.ts';
import type { PoolFile } from './file-pool.ts';
import type { Rng } from './rng.ts';
import { DAY_MS, instants, iso, updatedAt, weighted, type Scope, type ScopeKind } from './shared.ts';

/** Asset rows: spread over scopes, types and months; about 30% linked to brands of their scope. */
const SCOPE_WEIGHTS: Record<ScopeKind, number> = { personal: 0.5, acme: 0.32, northwind: 0.18 };
const TYPE_WEIGHTS: Record<AssetType, number> = { photo: 0.35, icon: 0.25, illustration: 0.25, video: 0.15 };

function uniqueName(rng: Rng, base: string, used: Set<string>): string {
  let name = base;
  for (let attempt = 0; used.has(name) && attempt < 3; attempt++) name = `${base} (${rng.pick(NAME_QUALIFIERS)})`;
  for (let n = 2; used.has(name); n++) name = `${base} ${n}`;
  used.add(name);
  return name;
}

export function buildAssets(
  rng: Rng,
  scopes: Scope[],
  brands: BrandRow[],
  pool: PoolFile[],
  count: number,
  now: number,
): AssetRow[] {
  const types = ASSET_TYPES.filter((t) => pool.some((f) => f.type === t));
  const names = new Map(scopes.map((s) => [s.id, new Set<string>()]));
  const filesByType = new Map(types.map((t) => [t, pool.filter((f) => f.type === t)]));
  const brandTimes = brands.map((b) => ({ brand: b, created: Date.parse(b.created_at) }));
  const times = instants(rng, count, now - 170 * DAY_MS, now - 60_000);
  return times.map((created, i) => {
    const scope = weighted(rng, scopes, (s) => SCOPE_WEIGHTS[s.kind]);
    // The first few cover every type so even tiny seeds show all four.
    const type = i < types.length ? types[i]! : weighted(rng, types, (t) => TYPE_WEIGHTS[t]);
    const file = rng.pick(filesByType.get(type)!);
    // Links only go to brands of the same scope that already existed when the asset was added.
    const candidates = brandTimes.filter((b) => b.brand.scope_id === scope.id && b.created <= created);
    const brand = candidates.length > 0 && rng.chance(0.3) ? rng.pick(candidates).brand : null;
    const usage: UsageMode = brand
      ? weighted(rng, ['always', 'maybe', 'never'], (m) => ({ always: 0.7, maybe: 0.2, never: 0.1 })[m])
      : weighted(rng, ['maybe', 'always', 'never'], (m) => ({ maybe: 0.8, always: 0.1, never: 0.1 })[m]);
    const name = uniqueName(rng, rng.pick(ASSET_NAMES[file.subject] ?? [file.subject]), names.get(scope.id)!);
    const tags = new Set(rng.sample([...TAGS[type], ...COMMON_TAGS], rng.int(0, 4)));
    if (brand && rng.chance(0.5)) tags.add(slugify(brand.name));
    return {
      id: newId('asset', created),
      scope_id: scope.id,
      brand_id: brand?.id ?? null,
      name,
      type,
      file_key: file.key,
      slug: slugify(name),
      format: file.format,
      usage_mode: usage,
      category: rng.chance(0.1) ? null : rng.pick(CATEGORIES[type]),
      tags_json: JSON.stringify([...tags]),
      size: file.size,
      width: file.width,
      height: file.height,
      created_at: iso(created),
      updated_at: updatedAt(rng, created, now, 0.25),
    };
  });
}
