import { Hono } from 'hono';
import type { User } from '../../contract/user.ts';
import type { UserRow } from '../db/rows.ts';
import type { AppEnv } from '../lib/context.ts';
import { notFound } from '../lib/errors.ts';
import { sendJson } from '../lib/response-headers.ts';

export function meRouter() {
  return new Hono<AppEnv>().get('/', (c) => {
    const row = c.var.db.prepare('SELECT * FROM users WHERE id = ?').get(c.var.auth.userId) as UserRow | undefined;
    if (!row) throw notFound('user');
    const user: User = {
      object: 'user',
      id: row.id,
      email: row.email,
      first_name: row.first_name,
      last_name: row.last_name,
      image_url: row.image_url,
      quota: row.quota_json ? JSON.parse(row.quota_json) : null,
      created_at: row.created_at,
      updated_at: row.updated_at,
    };
    return sendJson(c, user);
  });
}
