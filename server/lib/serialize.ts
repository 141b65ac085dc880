import type Database from 'better-sqlite3';
import type { Asset } from '../../contract/asset.ts';
import type { Brand } from '../../contract/brand.ts';
import type { Theme, ThemeColors } from '../../contract/theme.ts';
import type { AssetRow, BrandRow, ThemeRow } from '../db/rows.ts';

// bench/raw-server.ts reads asset rows through this module; the shapes themselves live in db/rows.ts.
export type { AssetRow } from '../db/rows.ts';

export function rowToTheme(row: ThemeRow): Theme {
  return {
    object: 'theme',
    id: row.id,
    name: row.name,
    is_custom: row.is_custom === 1,
    font_primary: row.font_primary,
    font_secondary: row.font_secondary,
    colors: JSON.parse(row.colors_json) as ThemeColors,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

export function rowToAsset(row: AssetRow, baseUrl: string): Asset {
  return {
    object: 'asset',
    id: row.id,
    name: row.name,
    type: row.type,
    url: `${baseUrl}/files/${encodeURIComponent(row.file_key)}`,
    slug: row.slug,
    format: row.format,
    usage_mode: row.usage_mode,
    category: row.category,
    tags: JSON.parse(row.tags_json) as string[],
    brand_id: row.brand_id,
    size: row.size,
    width: row.width,
    height: row.height,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

function rowToBrand(row: BrandRow, theme: ThemeRow | null, assets: AssetRow[], baseUrl: string): Brand {
  return {
    object: 'brand',
    id: row.id,
    name: row.name,
    ai_instruction: row.ai_instruction,
    theme_id: row.theme_id,
    // Section 15: the embedded theme is always the one theme_id names.
    theme: theme && theme.id === row.theme_id ? rowToTheme(theme) : null,
    assets: assets.map((a) => rowToAsset(a, baseUrl)),
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

// One query per kind for a whole page of brands (no N+1). The asset join also requires the
// asset to share the brand's scope, so a bad link can never leak a foreign asset.
const THEMES_BY_IDS = 'SELECT * FROM themes WHERE id IN (SELECT value FROM json_each(?))';
const ASSETS_BY_BRANDS = `SELECT a.* FROM assets a JOIN brands b ON b.id = a.brand_id AND b.scope_id = a.scope_id
  WHERE a.brand_id IN (SELECT value FROM json_each(?)) ORDER BY a.id DESC`;

/** Serializes brand rows with their embedded theme and every linked asset, newest first. */
export function serializeBrands(db: Database.Database, rows: BrandRow[], baseUrl: string): Brand[] {
  if (rows.length === 0) return [];
  const themeIds = [...new Set(rows.map((r) => r.theme_id).filter((id): id is string => id !== null))];
  const themes = new Map<string, ThemeRow>();
  if (themeIds.length > 0) {
    for (const t of db.prepare(THEMES_BY_IDS).all(JSON.stringify(themeIds)) as ThemeRow[]) themes.set(t.id, t);
  }
  const assetsByBrand = new Map<string, AssetRow[]>();
  const assetRows = db.prepare(ASSETS_BY_BRANDS).all(JSON.stringify(rows.map((r) => r.id))) as AssetRow[];
  for (const a of assetRows) {
    const list = assetsByBrand.get(a.brand_id!) ?? [];
    list.push(a);
    assetsByBrand.set(a.brand_id!, list);
  }
  return rows.map((r) => {
    const theme = r.theme_id ? (themes.get(r.theme_id) ?? null) : null;
    // A custom theme of another scope is never embedded (hierarchy rule, per the API notes).
    const visible = theme && (theme.scope_id === null || theme.scope_id === r.scope_id) ? theme : null;
    return rowToBrand(r, visible, assetsByBrand.get(r.id) ?? [], baseUrl);
  });
}

export function serializeBrand(db: Database.Database, row: BrandRow, baseUrl: string): Brand {
  return serializeBrands(db, [row], baseUrl)[0]!;
}

/** Lowercase ASCII slug: accents stripped, runs of other characters become one dash. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/g, '');
  return slug || 'asset';
}

/** ISO-8601 UTC with milliseconds and Z. */
export const isoAt = (ms: number) => new Date(ms).toISOString();
