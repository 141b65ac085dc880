import type Database from 'better-sqlite3';
import { Hono } from 'hono';
import { BrandCreate, BrandListQuery, BrandUpdate, type Brand, type BrandList } from '../../contract/brand.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../lib/context.ts';
import { forbidden, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { page } from '../lib/pagination.ts';
import { resolveScope, scopeParam } from '../lib/scopes.ts';
import { serializeBrand, serializeBrands } from '../lib/serialize.ts';
import type { BrandRow } from '../db/rows.ts';
import { NO_CURSOR, baseUrlOf, clockOf, readJson, readQuery } from './route-utils.ts';
import { sendJson } from '../lib/response-headers.ts';

const LIST = 'SELECT * FROM brands WHERE scope_id = ? AND id < ? ORDER BY id DESC LIMIT ?';
const GET_VISIBLE = 'SELECT * FROM brands WHERE id = ? AND scope_id IN (SELECT value FROM json_each(?))';
const EXISTS = 'SELECT 1 FROM brands WHERE id = ?';
// A brand may use a system theme or a custom theme of its own scope (per the API notes; the public docs are silent).
const THEME_USABLE = 'SELECT 1 FROM themes WHERE id = ? AND (is_custom = 0 OR scope_id = ?)';
const INSERT = `INSERT INTO brands (id, scope_id, name, ai_instruction, theme_id, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?)`;
const UPDATE = `UPDATE brands SET name = ?, ai_instruction = ?, theme_id = ?, updated_at = ?
  WHERE id = ? AND scope_id IN (SELECT value FROM json_each(?))`;
const UNLINK_ASSETS = 'UPDATE assets SET brand_id = NULL, updated_at = ? WHERE brand_id = ?';
const DELETE = 'DELETE FROM brands WHERE id = ? AND scope_id IN (SELECT value FROM json_each(?))';

export function brandsRouter(deps: AppDeps) {
  const { db } = deps;
  const now = clockOf(deps);
  const s = prepareAll(db);

  /** Foreign but existing brands are 403, missing ones 404 (per the API notes; the public docs are silent). */
  const visibleOrThrow = (id: string, scopes: string): BrandRow => {
    const row = s.getVisible.get(id, scopes) as BrandRow | undefined;
    if (row) return row;
    throw s.exists.get(id) ? forbidden() : notFound('brand');
  };
  const checkTheme = (themeId: string, scopeId: string) => {
    if (!s.themeUsable.get(themeId, scopeId)) throw notFound('theme');
  };

  return new Hono<AppEnv>()
    .get('/', (c) => {
      const q = readQuery(c, BrandListQuery);
      const scope = resolveScope(db, c.var.auth, q.org_id);
      const rows = s.list.all(scope, q.after ?? NO_CURSOR, q.limit + 1) as BrandRow[];
      const current = page(rows, q.limit);
      const body: BrandList = { ...current, data: serializeBrands(db, current.data, baseUrlOf(c, deps)) };
      return sendJson(c, body);
    })
    .post('/', async (c) => {
      const body = await readJson(c, BrandCreate);
      const scope = resolveScope(db, c.var.auth, body.org_id);
      const { ms, iso } = now();
      const id = newId('brand', ms);
      db.transaction(() => {
        checkTheme(body.theme_id, scope);
        s.insert.run(id, scope, body.name, body.ai_instruction ?? null, body.theme_id, iso, iso);
      })();
      const row = s.getVisible.get(id, scopeParam(c.var.auth)) as BrandRow;
      return sendJson(c, serializeBrand(db, row, baseUrlOf(c, deps)) satisfies Brand, 201);
    })
    .get('/:id', (c) => {
      const row = visibleOrThrow(c.req.param('id'), scopeParam(c.var.auth));
      return sendJson(c, serializeBrand(db, row, baseUrlOf(c, deps)) satisfies Brand);
    })
    .patch('/:id', async (c) => {
      const body = await readJson(c, BrandUpdate);
      const id = c.req.param('id');
      const scopes = scopeParam(c.var.auth);
      const row = db.transaction(() => {
        const current = visibleOrThrow(id, scopes);
        // Checked against the brand's own scope, not the caller's personal one.
        if (body.theme_id !== undefined) checkTheme(body.theme_id, current.scope_id);
        s.update.run(
          body.name ?? current.name,
          body.ai_instruction === undefined ? current.ai_instruction : body.ai_instruction,
          body.theme_id ?? current.theme_id,
          now().iso,
          id,
          scopes,
        );
        return s.getVisible.get(id, scopes) as BrandRow;
      })();
      return sendJson(c, serializeBrand(db, row, baseUrlOf(c, deps)) satisfies Brand);
    })
    .delete('/:id', (c) => {
      const id = c.req.param('id');
      const scopes = scopeParam(c.var.auth);
      // Unlink and delete together: a crash can never leave assets pointing at a deleted brand.
      db.transaction(() => {
        visibleOrThrow(id, scopes);
        s.unlinkAssets.run(now().iso, id);
        s.remove.run(id, scopes);
      })();
      return c.body(null, 204);
    });
}

function prepareAll(db: Database.Database) {
  return {
    list: db.prepare(LIST),
    getVisible: db.prepare(GET_VISIBLE),
    exists: db.prepare(EXISTS),
    themeUsable: db.prepare(THEME_USABLE),
    insert: db.prepare(INSERT),
    update: db.prepare(UPDATE),
    unlinkAssets: db.prepare(UNLINK_ASSETS),
    remove: db.prepare(DELETE),
  };
}
