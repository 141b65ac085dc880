import type Database from 'better-sqlite3';
import type { AuthContext } from './context.ts';
import { ApiError } from './errors.ts';

/**
 * The scope a list or create call acts in: personal without org_id, else the organization.
 * Unknown org: 404; an existing org the caller is not a member of: 403 (per the API notes; the public docs are silent).
 */
export function resolveScope(db: Database.Database, auth: AuthContext, orgId: string | undefined): string {
  if (orgId === undefined) return auth.userId;
  if (auth.orgIds.includes(orgId)) return orgId;
  const exists = db.prepare('SELECT 1 FROM organizations WHERE id = ?').get(orgId);
  if (!exists) throw new ApiError(404, 'The requested organization was not found.');
  throw new ApiError(403, 'You are not a member of this organization.');
}

/**
 * The caller's scopes as one bound JSON parameter, used as `scope_id IN (SELECT value FROM json_each(?))`,
 * so every SQL text stays a constant: authorization lives in the WHERE clause and injection has nowhere to go.
 */
export function scopeParam(auth: AuthContext): string {
  return JSON.stringify(auth.scopeIds);
}
