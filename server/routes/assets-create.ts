import type { Context } from 'hono';
import { AssetCreate, type Asset } from '../../contract/asset.ts';
import { stripUnsafeText } from '../../contract/text-rules.ts';
import type { AppDeps } from '../app-deps.ts';
import { ASSET_SQL, dedupeTags, defaultAssetName, inferAssetType } from '../lib/asset-rows.ts';
import type { AppEnv } from '../lib/context.ts';
import { ApiError, notFound } from '../lib/errors.ts';
import { createFetchSlots } from '../lib/fetch-slots.ts';
import { SourceFetchError, type FetchedSource } from '../lib/fetch-source.ts';
import { newFileKey } from '../lib/files.ts';
import { newId } from '../lib/ids.ts';
import { resolveScope } from '../lib/scopes.ts';
import { rowToAsset, slugify } from '../lib/serialize.ts';
import type { AssetRow } from '../db/rows.ts';
import { baseUrlOf, clockOf, readJson } from './route-utils.ts';
import { sendJson } from '../lib/response-headers.ts';

const sourceUrlError = (message: string) =>
  new ApiError(400, 'Request validation failed.', [{ path: 'source_url', message }]);

/** HTTPS only, checked before any other work (per the API notes); `data:` and everything else is refused. */
function requireHttps(sourceUrl: string): void {
  let url: URL;
  try {
    url = new URL(sourceUrl);
  } catch {
    throw sourceUrlError('source_url must be an absolute https: URL.');
  }
  if (url.protocol !== 'https:') throw sourceUrlError('The URL must use https:');
}

/**
 * POST /v1/assets: validate, resolve the scope and brand, fetch the source, then write the bytes
 * before the row (crash consistency). A failed insert removes the bytes again, so a failed create leaves nothing.
 */
export function createAssetHandler(deps: AppDeps) {
  const { db, files } = deps;
  const now = clockOf(deps);
  const brandInScope = db.prepare(ASSET_SQL.brandInScope);
  const insert = db.prepare(ASSET_SQL.insert);
  const getById = db.prepare('SELECT * FROM assets WHERE id = ? AND scope_id = ?');
  const slots = createFetchSlots(deps.fetchSlots);

  return async (c: Context<AppEnv>) => {
    const body = await readJson(c, AssetCreate);
    requireHttps(body.source_url);
    const scope = resolveScope(db, c.var.auth, body.org_id);
    const brandId = body.brand_id ?? null;
    if (brandId !== null && !brandInScope.get(brandId, scope)) throw notFound('brand');

    let source: FetchedSource;
    // Per API key: one caller cannot take every slot, and a refusal costs no fetch at all.
    const release = slots.acquire(c.var.keyDigest);
    try {
      source = await deps.fetchSource(body.source_url);
    } catch (err) {
      if (err instanceof SourceFetchError) throw sourceUrlError(err.message);
      throw err;
    } finally {
      release();
    }

    const { ms, iso } = now();
    const id = newId('asset', ms);
    const fileKey = newFileKey(source.format);
    // The file name comes from a URL anyone can write: keep it to what a typed name may hold.
    const name = body.name ?? defaultAssetName(stripUnsafeText(source.fileName));
    files.put(fileKey, source.bytes);
    try {
      db.transaction(() => {
        // The brand may have been deleted while the source was being fetched.
        if (brandId !== null && !brandInScope.get(brandId, scope)) throw notFound('brand');
        insert.run(
          id,
          scope,
          brandId,
          name,
          body.type ?? inferAssetType(source.format, source.width, source.height),
          fileKey,
          slugify(name),
          source.format,
          body.usage_mode ?? (brandId !== null ? 'always' : 'maybe'),
          body.category ?? null,
          JSON.stringify(dedupeTags(body.tags)),
          source.bytes.byteLength,
          source.width,
          source.height,
          iso,
          iso,
        );
      })();
    } catch (err) {
      files.remove(fileKey);
      throw err;
    }
    const row = getById.get(id, scope) as AssetRow;
    return sendJson(c, rowToAsset(row, baseUrlOf(c, deps)) satisfies Asset, 201);
  };
}
