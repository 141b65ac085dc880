import { createHash, randomBytes } from 'node:crypto';

/** What the server remembers about one signed-in browser. The key never leaves this object. */
export interface Session {
  readonly key: string;
  /** The `/v1/me` answer at sign-in, shown by the connect screen. */
  readonly user: object;
  readonly created: number;
  lastSeen: number;
  /** When the upstream last accepted the key (sign-in, then GET /session's rechecks). */
  checkedAt: number;
}

export interface SessionStoreOptions {
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
  /** The live session for an id, refreshing its idle timer; null when unknown or expired. */
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

// The map is keyed by a digest of the id, so nothing in memory can be replayed as a cookie
// value and lookups do not compare the secret itself.
const digest = (id: string) => createHash('sha256').update(id, 'utf8').digest('base64url');

export function createSessionStore(options: SessionStoreOptions = {}): SessionStore {
  const clock = options.clock ?? { now: () => Date.now() };
  const maxAgeMs = options.maxAgeMs ?? SESSION_MAX_AGE_MS;
  const idleMs = options.idleMs ?? SESSION_IDLE_MS;
  const maxPerKey = options.maxPerKey ?? 20;
  const maxSessions = options.maxSessions ?? 50_000;
  const recheckMs = options.recheckMs ?? 60_000;
  const sessions = new Map<string, Session>();
  // Each key's session digests, oldest first: the per-key cap and deleteByKey touch only that key's own.
  const byKey = new Map<string, string[]>();
  let lastSweep = clock.now();

  const expired = (s: Session, now: number) => now - s.created >= maxAgeMs || now - s.lastSeen >= idleMs;

  function remove(hashed: string) {
    const session = sessions.get(hashed);
    if (!session) return;
    sessions.delete(hashed);
    const own = byKey.get(session.key) ?? [];
    const at = own.indexOf(hashed);
    if (at !== -1) own.splice(at, 1);
    if (own.length === 0) byKey.delete(session.key);
  }

  function sweep(now: number, force = false) {
    if (!force && now - lastSweep < SWEEP_EVERY_MS) return;
    lastSweep = now;
    for (const [hashed, s] of sessions) if (expired(s, now)) remove(hashed);
  }

  return {
    maxAgeMs,
    create(key, user) {
      const now = clock.now();
      sweep(now);
      const own = byKey.get(key) ?? [];
      while (own.length >= maxPerKey) remove(own[0]!);
      // Evicting another key's session would let anyone with a valid key sign everybody else out,
      // so a full store refuses instead; expired sessions are swept first so they never cause it.
      if (sessions.size >= maxSessions) sweep(now, true);
      if (sessions.size >= maxSessions) return null;
      const id = randomBytes(32).toString('base64url');
      const hashed = digest(id);
      sessions.set(hashed, { key, user, created: now, lastSeen: now, checkedAt: now });
      own.push(hashed);
      byKey.set(key, own);
      return id;
    },
    get(id) {
      const hashed = digest(id);
      const session = sessions.get(hashed);
      if (!session) return null;
      const now = clock.now();
      if (expired(session, now)) {
        remove(hashed);
        return null;
      }
      session.lastSeen = now;
      return session;
    },
    delete(id) {
      remove(digest(id));
    },
    deleteByKey(key) {
      for (const hashed of [...(byKey.get(key) ?? [])]) remove(hashed);
    },
    needsRecheck(session) {
      return clock.now() - session.checkedAt > recheckMs;
    },
    rechecked(session) {
      session.checkedAt = clock.now();
    },
    get size() {
      return sessions.size;
    },
  };
}
