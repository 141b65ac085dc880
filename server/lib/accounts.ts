import type Database from 'better-sqlite3';
import { newId } from './ids.ts';

/** Account rows for the CLI and tests (the seed writes its own richer ones). */
const QUOTA = JSON.stringify({
  monthly_free_cents_limit: 500,
  monthly_free_cents_used: 0,
  bonus_credits: 0,
  document_export_limit: 3,
  document_export_used: 0,
  reset_date: '2026-12-01T00:00:00.000Z',
});

export function insertUser(db: Database.Database, email: string, now = new Date().toISOString()): string {
  const id = newId('user');
  db.prepare(
    'INSERT INTO users (id, email, first_name, last_name, image_url, quota_json, created_at, updated_at) VALUES (?, ?, ?, ?, NULL, ?, ?, ?)',
  ).run(id, email, email.split('@')[0], 'Tester', QUOTA, now, now);
  return id;
}

export function insertOrg(db: Database.Database, name: string, slug: string, now = new Date().toISOString()): string {
  const id = newId('org');
  db.prepare('INSERT INTO organizations (id, name, slug, quota_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    id,
    name,
    slug,
    QUOTA,
    now,
    now,
  );
  return id;
}

export function addMember(db: Database.Database, userId: string, orgId: string, role: 'OWNER' | 'ADMIN' | 'MEMBER') {
  db.prepare('INSERT INTO memberships (user_id, org_id, role, created_at) VALUES (?, ?, ?, ?)').run(
    userId,
    orgId,
    role,
    new Date().toISOString(),
  );
}

