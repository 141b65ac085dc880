import { createHash, randomBytes } from 'node:crypto';

/** What the server remembers about one signed-in browser. The key never leaves this object. */
export interface Session {
  readonly key: string;
  /** The `/v1/me` answer at sign-in, shown by the connect screen. */
  readonly user: object;
  readonly created: number;
  lastSeen: number;
}

export interface SessionStoreOptions {
  clock?: { now(): number };
  /** Absolute lifetime (default 12 h). */
  maxAgeMs?: number;
  /** Idle lifetime (default 2 h). */
  idleMs?: number;
  /** Oldest sessions are evicted beyond this many, so signing in repeatedly cannot exhaust memory. */
  maxSessions?: number;
}

export interface SessionStore {
  readonly maxAgeMs: number;
  /** Returns the new session id (32 random bytes, base64url): the only value the cookie carries. */
  create(key: string, user: object): string;
  /** The live session for an id, refreshing its idle timer; null when unknown or expired. */
  get(id: string): Session | null;
  delete(id: string): void;
  /** Drops every session that uses `key` (e.g. after the upstream rejected it). */
  deleteByKey(key: string): void;
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
  const maxSessions = options.maxSessions ?? 10_000;
  const sessions = new Map<string, Session>();
  let lastSweep = clock.now();

  const expired = (s: Session, now: number) => now - s.created >= maxAgeMs || now - s.lastSeen >= idleMs;

  function sweep(now: number) {
    if (now - lastSweep < SWEEP_EVERY_MS) return;
    lastSweep = now;
    for (const [id, s] of sessions) if (expired(s, now)) sessions.delete(id);
  }

  return {
    maxAgeMs,
    create(key, user) {
      const now = clock.now();
      sweep(now);
      while (sessions.size >= maxSessions) {
        const oldest = sessions.keys().next().value;
        if (oldest === undefined) break;
        sessions.delete(oldest);
      }
      const id = randomBytes(32).toString('base64url');
      sessions.set(digest(id), { key, user, created: now, lastSeen: now });
      return id;
    },
    get(id) {
      const hashed = digest(id);
      const session = sessions.get(hashed);
      if (!session) return null;
      const now = clock.now();
      if (expired(session, now)) {
        sessions.delete(hashed);
        return null;
      }
      session.lastSeen = now;
      return session;
    },
    delete(id) {
      sessions.delete(digest(id));
    },
    deleteByKey(key) {
      for (const [id, s] of sessions) if (s.key === key) sessions.delete(id);
    },
    get size() {
      return sessions.size;
    },
  };
}
