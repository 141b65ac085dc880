import { Hono } from 'hono';
import { AssetListQuery, AssetUpdate, type Asset, type AssetList } from '../../contract/asset.ts';
import type { AppDeps } from '../app-deps.ts';
import { ASSET_SQL, dedupeTags } from '../lib/asset-rows.ts';
import type { AppEnv } from '../lib/context.ts';
import { notFound } from '../lib/errors.ts';
import { page } from '../lib/pagination.ts';
import { resolveScope, scopeParam } from '../lib/scopes.ts';
import { rowToAsset, slugify } from '../lib/serialize.ts';
import type { AssetRow } from '../db/rows.ts';
import { createAssetHandler } from './assets-create.ts';
import { NO_CURSOR, baseUrlOf, clockOf, readJson, readQuery } from './route-utils.ts';
import { sendJson } from '../lib/response-headers.ts';

export function assetsRouter(deps: AppDeps) {
  const { db, files } = deps;
  const now = clockOf(deps);
  const list = db.prepare(ASSET_SQL.list);
  const getVisible = db.prepare(ASSET_SQL.getVisible);
  const brandInScope = db.prepare(ASSET_SQL.brandInScope);
  const update = db.prepare(ASSET_SQL.update);
  const remove = db.prepare(ASSET_SQL.remove);
  const fileInUse = db.prepare(ASSET_SQL.fileInUse);

  // Foreign assets look exactly like missing ones (per the API notes: assets are 404, never 403).
  const visibleOrThrow = (id: string, scopes: string): AssetRow => {
    const row = getVisible.get(id, scopes) as AssetRow | undefined;
    if (!row) throw notFound('asset');
    return row;
  };

  return new Hono<AppEnv>()
    .get('/', (c) => {
      const q = readQuery(c, AssetListQuery);
      const scope = resolveScope(db, c.var.auth, q.org_id);
      const type = q.type ?? null;
      const brandId = q.brand_id ?? null;
      const rows = list.all(
        scope,
        q.after ?? NO_CURSOR,
        type,
        type,
        brandId,
        brandId,
        q.unassigned ? 1 : 0,
        q.limit + 1,
      );
      const base = baseUrlOf(c, deps);
      const body: AssetList = page(
        (rows as AssetRow[]).map((r) => rowToAsset(r, base)),
        q.limit,
      );
      return sendJson(c, body);
    })
    .post('/', createAssetHandler(deps))
    .get('/:id', (c) => {
      const row = visibleOrThrow(c.req.param('id'), scopeParam(c.var.auth));
      return sendJson(c, rowToAsset(row, baseUrlOf(c, deps)) satisfies Asset);
    })
    .patch('/:id', async (c) => {
      const body = await readJson(c, AssetUpdate);
      const id = c.req.param('id');
      const scopes = scopeParam(c.var.auth);
      const row = db.transaction(() => {
        const current = visibleOrThrow(id, scopes);
        // Links stay inside the asset's own scope; usage_mode is never re-defaulted here.
        if (body.brand_id && !brandInScope.get(body.brand_id, current.scope_id)) throw notFound('brand');
        const name = body.name ?? current.name;
        update.run(
          name,
          body.name !== undefined ? slugify(name) : current.slug,
          body.type ?? current.type,
          body.usage_mode ?? current.usage_mode,
          body.brand_id === undefined ? current.brand_id : body.brand_id,
          body.category === undefined ? current.category : body.category,
          body.tags === undefined ? current.tags_json : JSON.stringify(dedupeTags(body.tags)),
          now().iso,
          id,
          scopes,
        );
        return visibleOrThrow(id, scopes);
      })();
      return sendJson(c, rowToAsset(row, baseUrlOf(c, deps)) satisfies Asset);
    })
    .delete('/:id', (c) => {
      const id = c.req.param('id');
      const scopes = scopeParam(c.var.auth);
      const orphan = db.transaction(() => {
        const current = visibleOrThrow(id, scopes);
        remove.run(id, scopes);
        return fileInUse.get(current.file_key) ? null : current.file_key;
      })();
      // Row first, bytes after: a crash in between leaves an orphan file for the startup sweep,
      // never a row without bytes (crash consistency).
      if (orphan) files.remove(orphan);
      return c.body(null, 204);
    });
}
