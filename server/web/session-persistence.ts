import { chmodSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { createKeySealer } from './session-seal.ts';
import { createSessionStore, type SessionStore } from './session-store.ts';

export interface PersistentSessions {
  store: SessionStore;
  /** Where the secrets came from, for the startup line (never the secret itself). */
  secretSource: 'SESSION_SECRET' | string;
  close(): void;
}

/**
 * The sessions file that survives restarts and that several instances can share. The secrets come
 * from SESSION_SECRET (comma-separated, newest first, for rotation) or, when it is unset, from a
 * random secret kept beside the database with mode 0600, which instances on one machine share.
 */
export function openSessions(path: string, secretEnv: string | undefined): PersistentSessions {
  mkdirSync(dirname(path), { recursive: true });
  let secrets = (secretEnv ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  let secretSource = 'SESSION_SECRET';
  if (secrets.length === 0) {
    const file = join(dirname(path), 'session-secret');
    // Written whole to a temporary name, then linked into place: link fails if another instance
    // won the race, and nobody ever reads a half-written secret.
    if (!existsSync(file)) {
      const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
      writeFileSync(tmp, randomBytes(32).toString('base64url'), { mode: 0o600 });
      try {
        linkSync(tmp, file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      } finally {
        rmSync(tmp, { force: true });
      }
    }
    chmodSync(file, 0o600);
    secrets = [readFileSync(file, 'utf8').trim()];
    secretSource = file;
  }
  if (secrets.some((s) => s.length < 32)) throw new Error('Each SESSION_SECRET must be at least 32 characters.');
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  return { store: createSessionStore({ db, sealer: createKeySealer(secrets) }), secretSource, close: () => db.close() };
}
