import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { ApiKeyRow } from '../db/rows.ts';

export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function generateKey(): string {
  return `nxd_${randomBytes(24).toString('base64url')}`;
}

/** Stores only the digest; returns nothing secret to log. */
export function storeKey(db: Database.Database, userId: string, key: string, label: string, now: string): void {
  db.prepare(
    'INSERT INTO api_keys (user_id, key_hash, label, created_at) VALUES (?, ?, ?, ?) ON CONFLICT(key_hash) DO UPDATE SET user_id = excluded.user_id, revoked_at = NULL',
  ).run(userId, hashKey(key), label, now);
}

export function revokeKeysWithLabel(db: Database.Database, userId: string, label: string, now: string): void {
  db.prepare('UPDATE api_keys SET revoked_at = ? WHERE user_id = ? AND label = ? AND revoked_at IS NULL').run(now, userId, label);
}

/** Looks the key up by digest on every request, so keys created by the CLI work while the server runs. */
export function findKeyUser(db: Database.Database, key: string): string | null {
  return findUserByDigest(db, hashKey(key));
}

// One prepared statement per database: preparing it on every request showed up in the API benchmark's profile.
const byDigest = new WeakMap<Database.Database, Database.Statement>();

export function findUserByDigest(db: Database.Database, digest: string): string | null {
  let lookup = byDigest.get(db);
  if (!lookup) {
    lookup = db.prepare('SELECT user_id, key_hash FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL');
    byDigest.set(db, lookup);
  }
  const row = lookup.get(digest) as Pick<ApiKeyRow, 'user_id' | 'key_hash'> | undefined;
  if (!row) return null;
  // The index lookup already matched; the constant-time comparison keeps the final check free of early exits.
  return timingSafeEqual(Buffer.from(row.key_hash), Buffer.from(digest)) ? row.user_id : null;
}
