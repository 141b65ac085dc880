import { Hono } from 'hono';
import type { Organization, OrganizationList } from '../../contract/organization.ts';
import type { MembershipRow, OrganizationRow } from '../db/rows.ts';
import type { AppEnv } from '../lib/context.ts';
import { sendJson } from '../lib/response-headers.ts';

/** An organization joined with the caller's membership, for its role. */
type OrgRow = OrganizationRow & Pick<MembershipRow, 'role'>;

/** All memberships in one page (`has_more: false`), per the API notes (the public docs are silent). */
export function organizationsRouter() {
  return new Hono<AppEnv>().get('/', (c) => {
    const rows = c.var.db
      .prepare(
        `SELECT o.id, o.name, o.slug, m.role, o.quota_json, o.created_at, o.updated_at
         FROM memberships m JOIN organizations o ON o.id = m.org_id
         WHERE m.user_id = ? ORDER BY o.id DESC`,
      )
      .all(c.var.auth.userId) as OrgRow[];
    const data: Organization[] = rows.map((r) => ({
      object: 'organization',
      id: r.id,
      name: r.name,
      slug: r.slug,
      role: r.role,
      quota: JSON.parse(r.quota_json),
      created_at: r.created_at,
      updated_at: r.updated_at,
    }));
    return sendJson(c, { object: 'list', data, has_more: false } satisfies OrganizationList);
  });
}
