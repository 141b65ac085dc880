import { createHash, randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { createKeySealer, type KeySealer } from './session-seal.ts';

/** What the server remembers about one signed-in browser. The key never leaves the server. */
export interface Session {
  /** The digest the store files the session under (never the cookie value). */
  readonly ref: string;
  readonly key: string;
  /** The `/v1/me` answer at sign-in, shown by the connect screen. */
  readonly user: object;
  readonly created: number;
  lastSeen: number;
  /** When the upstream last accepted the key (sign-in, then GET /session's rechecks). */
  checkedAt: number;
}

export interface SessionStoreOptions {
  /**
   * The sessions database (a better-sqlite3 handle). Every instance given the same file and the
   * same secrets shares the sessions, and they survive a restart. Default: a private in-memory one.
   */
  db?: Database.Database;
  /** Seals the keys at rest; default: a random secret for this process (fine with the in-memory default). */
  sealer?: KeySealer;
  clock?: { now(): number };
  /** Absolute lifetime (default 12 h). */
  maxAgeMs?: number;
  /** Idle lifetime (default 2 h). */
  idleMs?: number;
  /** Sessions per key (default 20): beyond it that key's own oldest session goes, nobody else's. */
  maxPerKey?: number;
  /** Safety limit on all sessions (default 50,000): when full, new sign-ins are refused, no session is evicted. */
  maxSessions?: number;
  /** How long a key check counts before GET /session asks the upstream again (default 60 s). */
  recheckMs?: number;
}

export interface SessionStore {
  readonly maxAgeMs: number;
  /** Returns the new session id (32 random bytes, base64url), the only value the cookie carries; null when the store is full. */
  create(key: string, user: object): string | null;
  /** The live session for an id, refreshing its idle timer; null when unknown, expired or unreadable. */
  get(id: string): Session | null;
  delete(id: string): void;
  /** Drops every session that uses `key` (e.g. after the upstream rejected it). */
  deleteByKey(key: string): void;
  /** True when the key was last accepted upstream longer ago than the recheck interval. */
  needsRecheck(session: Session): boolean;
  /** Records that the upstream accepted the session's key just now. */
  rechecked(session: Session): void;
  readonly size: number;
}

const SESSION_MAX_AGE_MS = 12 * 60 * 60 * 1000;
const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
const SWEEP_EVERY_MS = 60_000;
// The idle timer is written at most this often (or 1% of the idle limit, if shorter): a write per
// request would cost throughput for a precision (seconds, on a 2-hour idle limit) nobody needs.
const TOUCH_EVERY_MS = 30_000;

// Rows are filed under a digest of the id, so nothing stored can be replayed as a cookie value.
// Keys are grouped by a digest too: the per-key cap needs no plaintext key to count.
const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest('base64url');

const SCHEMA = `CREATE TABLE IF NOT EXISTS web_sessions (
  ref TEXT PRIMARY KEY,
  key_ref TEXT NOT NULL,
  sealed_key TEXT NOT NULL,
  user_json TEXT NOT NULL,
  created INTEGER NOT NULL,
  last_seen INTEGER NOT NULL,
  checked_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS web_sessions_by_key ON web_sessions (key_ref, created);`;

interface Row {
  ref: string;
  sealed_key: string;
  user_json: string;
  created: number;
  last_seen: number;
  checked_at: number;
}

/**
 * Sessions in SQLite (why a shared store and not a sealed cookie: README, "Sessions"). The API key
 * is sealed at rest with the server secret; the cookie carries only a random id.
 */
export function createSessionStore(options: SessionStoreOptions = {}): SessionStore {
  const db = options.db ?? new Database(':memory:');
  const sealer = options.sealer ?? createKeySealer([randomBytes(32).toString('base64url')]);
  const clock = options.clock ?? { now: () => Date.now() };
  const maxAgeMs = options.maxAgeMs ?? SESSION_MAX_AGE_MS;
  const idleMs = options.idleMs ?? SESSION_IDLE_MS;
  const maxPerKey = options.maxPerKey ?? 20;
  const maxSessions = options.maxSessions ?? 50_000;
  const recheckMs = options.recheckMs ?? 60_000;
  const touchEveryMs = Math.min(TOUCH_EVERY_MS, idleMs / 100);
  db.exec(SCHEMA);

  const q = {
    insert: db.prepare(
      'INSERT INTO web_sessions (ref, key_ref, sealed_key, user_json, created, last_seen, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    get: db.prepare<[string], Row>('SELECT ref, sealed_key, user_json, created, last_seen, checked_at FROM web_sessions WHERE ref = ?'),
    del: db.prepare('DELETE FROM web_sessions WHERE ref = ?'),
    delKey: db.prepare('DELETE FROM web_sessions WHERE key_ref = ?'),
    ownOldest: db.prepare<[string, number]>(
      'DELETE FROM web_sessions WHERE ref IN (SELECT ref FROM web_sessions WHERE key_ref = ? ORDER BY created, rowid LIMIT ?)',
    ),
    countKey: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM web_sessions WHERE key_ref = ?'),
    count: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM web_sessions'),
    sweep: db.prepare('DELETE FROM web_sessions WHERE created <= ? OR last_seen <= ?'),
    touch: db.prepare('UPDATE web_sessions SET last_seen = ? WHERE ref = ?'),
    reseal: db.prepare('UPDATE web_sessions SET sealed_key = ? WHERE ref = ?'),
    checked: db.prepare('UPDATE web_sessions SET checked_at = ? WHERE ref = ?'),
  };
  let lastSweep = clock.now();

  const sweep = (now: number, force = false) => {
    if (!force && now - lastSweep < SWEEP_EVERY_MS) return;
    lastSweep = now;
    q.sweep.run(now - maxAgeMs, now - idleMs);
  };
  const expired = (row: Row, now: number) => now - row.created >= maxAgeMs || now - row.last_seen >= idleMs;

  const create = db.transaction((key: string, user: object, now: number): string | null => {
    sweep(now);
    const keyRef = digest(key);
    const own = q.countKey.get(keyRef)?.n ?? 0;
    if (own >= maxPerKey) q.ownOldest.run(keyRef, own - maxPerKey + 1);
    // Evicting another key's session would let anyone with a valid key sign everybody else out,
    // so a full store refuses instead; expired sessions are swept first so they never cause it.
    if ((q.count.get()?.n ?? 0) >= maxSessions) sweep(now, true);
    if ((q.count.get()?.n ?? 0) >= maxSessions) return null;
    const id = randomBytes(32).toString('base64url');
    q.insert.run(digest(id), keyRef, sealer.seal(key), JSON.stringify(user), now, now, now);
    return id;
  });

  return {
    maxAgeMs,
    create: (key, user) => create(key, user, clock.now()),
    get(id) {
      const ref = digest(id);
      const row = q.get.get(ref);
      if (!row) return null;
      const now = clock.now();
      const opened = expired(row, now) ? null : sealer.open(row.sealed_key);
      // Expired, or sealed under a secret this server no longer has: either way the session is over.
      if (opened === null) {
        q.del.run(ref);
        return null;
      }
      if (opened.stale) q.reseal.run(sealer.seal(opened.key), ref);
      if (now - row.last_seen >= touchEveryMs) q.touch.run(now, ref);
      return { ref, key: opened.key, user: JSON.parse(row.user_json) as object, created: row.created, lastSeen: now, checkedAt: row.checked_at };
    },
    delete(id) {
      q.del.run(digest(id));
    },
    deleteByKey(key) {
      q.delKey.run(digest(key));
    },
    needsRecheck(session) {
      return clock.now() - session.checkedAt > recheckMs;
    },
    rechecked(session) {
      session.checkedAt = clock.now();
      q.checked.run(session.checkedAt, session.ref);
    },
    get size() {
      return q.count.get()?.n ?? 0;
    },
  };
}
