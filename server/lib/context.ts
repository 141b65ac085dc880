import type Database from 'better-sqlite3';

export interface AuthContext {
  userId: string;
  orgIds: string[];
  /** The personal scope (the user's id) followed by every organization the user belongs to. */
  scopeIds: string[];
}

export type AppEnv = {
  Variables: {
    requestId: string;
    auth: AuthContext;
    /** SHA-256 of the caller's key: the rate limiter's bucket id (the key itself is never kept). */
    keyDigest: string;
    db: Database.Database;
  };
};
