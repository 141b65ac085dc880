import type Database from 'better-sqlite3';
import { DEMO_EMAIL } from './db/seed/index.ts';
import { generateKey, revokeKeysWithLabel, storeKey } from './lib/keys.ts';

/**
 * Only digests are stored, so a random demo key cannot be shown again after a restart:
 * each start issues a fresh one (revoking the previous run's), unless NEXTDOCS_API_KEY names it.
 */
export function ensureDemoKey(db: Database.Database, fixed: string | undefined): { key: string; generated: boolean } {
  const user = db.prepare('SELECT id FROM users WHERE email = ?').get(DEMO_EMAIL) as { id: string } | undefined;
  if (!user) throw new Error('The demo user is missing; reseed the sandbox.');
  const now = new Date().toISOString();
  const key = fixed ?? generateKey();
  db.transaction(() => {
    revokeKeysWithLabel(db, user.id, 'startup', now);
    storeKey(db, user.id, key, 'startup', now);
  })();
  return { key, generated: !fixed };
}
