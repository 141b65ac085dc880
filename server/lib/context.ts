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
    db: Database.Database;
  };
};
