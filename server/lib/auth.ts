import type Database from 'better-sqlite3';
import { createMiddleware } from 'hono/factory';
import { API_KEY_PATTERN } from '../../contract/session.ts';
import type { MembershipRow } from '../db/rows.ts';
import type { AppEnv } from './context.ts';
import { ApiError } from './errors.ts';
import { findUserByDigest, hashKey } from './keys.ts';

/** Bearer-key authentication for every /v1 route but health. */
export function authMiddleware(db: Database.Database) {
  const orgsOf = db.prepare('SELECT org_id FROM memberships WHERE user_id = ? ORDER BY org_id');
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) throw new ApiError(401, 'Authentication required: send Authorization: Bearer nxd_….');
    const key = match[1]!;
    const digest = API_KEY_PATTERN.test(key) ? hashKey(key) : null;
    const userId = digest ? findUserByDigest(db, digest) : null;
    if (!digest || !userId) throw new ApiError(401, 'The API key is invalid or has been revoked.');
    c.set('keyDigest', digest);
    const orgIds = (orgsOf.all(userId) as Pick<MembershipRow, 'org_id'>[]).map((r) => r.org_id);
    c.set('auth', { userId, orgIds, scopeIds: [userId, ...orgIds] });
    await next();
  });
}
