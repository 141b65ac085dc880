import { Hono } from 'hono';
import { idPattern } from '../../contract/common.ts';
import { ThemeCreate, ThemeListQuery, ThemeUpdate, type Theme, type ThemeList } from '../../contract/theme.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../lib/context.ts';
import { ApiError, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { page } from '../lib/pagination.ts';
import { resolveScope, scopeParam } from '../lib/scopes.ts';
import { rowToTheme } from '../lib/serialize.ts';
import type { ThemeRow } from '../db/rows.ts';
import { NO_CURSOR, clockOf, readJson, readQuery } from './route-utils.ts';
import { sendJson } from '../lib/response-headers.ts';

// Custom themes of the scope first (newest first), then system themes (id descending), each side
// read through the (scope_id, is_custom, id) index and capped by the limit. A custom cursor continues
// with older custom themes and then every system theme; a system cursor skips all custom themes
// (cursor '' matches nothing) and continues with older system keys. Both work for deleted ids.
const LIST = `SELECT * FROM (
    SELECT * FROM themes WHERE scope_id = ? AND is_custom = 1 AND id < ? ORDER BY id DESC LIMIT ?)
  UNION ALL SELECT * FROM (
    SELECT * FROM themes WHERE scope_id IS NULL AND is_custom = 0 AND id < ? ORDER BY id DESC LIMIT ?)
  ORDER BY is_custom DESC, id DESC LIMIT ?`;
// System themes are visible to everyone; custom ones only inside the caller's scopes (checked in the SQL WHERE clause).
const GET_VISIBLE = `SELECT * FROM themes WHERE id = ?
  AND (is_custom = 0 OR scope_id IN (SELECT value FROM json_each(?)))`;
const INSERT = `INSERT INTO themes (id, scope_id, name, is_custom, font_primary, font_secondary, colors_json, created_at, updated_at)
  VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?)`;
const UPDATE = `UPDATE themes SET name = ?, font_primary = ?, font_secondary = ?, colors_json = ?, updated_at = ?
  WHERE id = ? AND is_custom = 1 AND scope_id IN (SELECT value FROM json_each(?))`;
const IN_USE = 'SELECT 1 FROM brands WHERE theme_id = ? LIMIT 1';
const DELETE = 'DELETE FROM themes WHERE id = ? AND is_custom = 1 AND scope_id IN (SELECT value FROM json_each(?))';

const systemThemeWrite = () => new ApiError(403, 'System themes cannot be changed or deleted.');

export function themesRouter(deps: AppDeps) {
  const { db } = deps;
  const now = clockOf(deps);
  const list = db.prepare(LIST);
  const getVisible = db.prepare(GET_VISIBLE);
  const insert = db.prepare(INSERT);
  const update = db.prepare(UPDATE);
  const inUse = db.prepare(IN_USE);
  const remove = db.prepare(DELETE);

  const findVisible = (id: string, scopes: string) => getVisible.get(id, scopes) as ThemeRow | undefined;

  /** A custom theme the caller may write; system themes are 403, anything else 404. */
  const writable = (id: string, scopes: string): ThemeRow => {
    const row = findVisible(id, scopes);
    if (!row) throw notFound('theme');
    if (row.is_custom !== 1) throw systemThemeWrite();
    return row;
  };

  return new Hono<AppEnv>()
    .get('/', (c) => {
      const q = readQuery(c, ThemeListQuery);
      const scope = resolveScope(db, c.var.auth, q.org_id);
      const customCursor = q.after === undefined ? NO_CURSOR : idPattern('theme').test(q.after) ? q.after : '';
      const systemCursor = customCursor === '' ? q.after : NO_CURSOR;
      const n = q.limit + 1;
      const rows = list.all(scope, customCursor, n, systemCursor, n, n) as ThemeRow[];
      const body: ThemeList = page(rows.map(rowToTheme), q.limit);
      return sendJson(c, body);
    })
    .get('/:id', (c) => {
      const row = findVisible(c.req.param('id'), scopeParam(c.var.auth));
      if (!row) throw notFound('theme');
      return sendJson(c, rowToTheme(row) satisfies Theme);
    })
    .post('/', async (c) => {
      const body = await readJson(c, ThemeCreate);
      const scope = resolveScope(db, c.var.auth, body.org_id);
      const { ms, iso } = now();
      const id = newId('theme', ms);
      insert.run(id, scope, body.name, body.font_primary, body.font_secondary, JSON.stringify(body.colors), iso, iso);
      const row = findVisible(id, scopeParam(c.var.auth))!;
      return sendJson(c, rowToTheme(row) satisfies Theme, 201);
    })
    .patch('/:id', async (c) => {
      const body = await readJson(c, ThemeUpdate);
      const id = c.req.param('id');
      const scopes = scopeParam(c.var.auth);
      const row = db.transaction(() => {
        const current = writable(id, scopes);
        // Token-by-token merge: tokens absent from the body keep their stored value.
        const colors = { ...(JSON.parse(current.colors_json) as Record<string, string>), ...body.colors };
        update.run(
          body.name ?? current.name,
          body.font_primary ?? current.font_primary,
          body.font_secondary ?? current.font_secondary,
          JSON.stringify(colors),
          now().iso,
          id,
          scopes,
        );
        return findVisible(id, scopes)!;
      })();
      return sendJson(c, rowToTheme(row) satisfies Theme);
    })
    .delete('/:id', (c) => {
      const id = c.req.param('id');
      const scopes = scopeParam(c.var.auth);
      db.transaction(() => {
        writable(id, scopes);
        if (inUse.get(id))
          throw new ApiError(409, 'This theme is still used by a brand; choose another theme for it first.');
        remove.run(id, scopes);
      })();
      return c.body(null, 204);
    });
}
