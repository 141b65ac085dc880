import type { AssetType } from '../../contract/asset.ts';

/** Largest edge (pixels) that still counts as an icon when `type` is omitted on create. */
const ICON_MAX_EDGE = 256;

/**
 * The type an asset gets when the body leaves it out: small images are icons, larger SVGs
 * illustrations, larger bitmaps photos, mp4/webm videos. Unknown dimensions never count as small.
 */
export function inferAssetType(format: string, width: number | null, height: number | null): AssetType {
  if (format === 'mp4' || format === 'webm') return 'video';
  const small = width !== null && height !== null && width <= ICON_MAX_EDGE && height <= ICON_MAX_EDGE;
  if (small) return 'icon';
  return format === 'svg' ? 'illustration' : 'photo';
}

/** Tags without duplicates, first occurrence wins, order kept. */
export function dedupeTags(tags: readonly string[] | undefined): string[] {
  return [...new Set(tags ?? [])];
}

/** The default asset name: the fetched file name (capped to the 200-character limit) or a fixed fallback. */
export function defaultAssetName(fileName: string): string {
  const trimmed = fileName.trim();
  return trimmed ? [...trimmed].slice(0, 200).join('') : 'Untitled asset';
}


// Every SQL text below is constant; filters are switched on and off through bound values.
export const ASSET_SQL = {
  list: `SELECT * FROM assets
    WHERE scope_id = ? AND id < ?
      AND (? IS NULL OR type = ?)
      AND (? IS NULL OR brand_id = ?)
      AND (? = 0 OR brand_id IS NULL)
    ORDER BY id DESC LIMIT ?`,
  getVisible: 'SELECT * FROM assets WHERE id = ? AND scope_id IN (SELECT value FROM json_each(?))',
  // An asset may only link to a brand of its own scope (per the API notes; the public docs are silent).
  brandInScope: 'SELECT 1 FROM brands WHERE id = ? AND scope_id = ?',
  insert: `INSERT INTO assets (id, scope_id, brand_id, name, type, file_key, slug, format, usage_mode, category,
      tags_json, size, width, height, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  update: `UPDATE assets SET name = ?, slug = ?, type = ?, usage_mode = ?, brand_id = ?, category = ?, tags_json = ?,
      updated_at = ?
    WHERE id = ? AND scope_id IN (SELECT value FROM json_each(?))`,
  remove: 'DELETE FROM assets WHERE id = ? AND scope_id IN (SELECT value FROM json_each(?))',
  fileInUse: 'SELECT 1 FROM assets WHERE file_key = ? LIMIT 1',
} as const;
