import type Database from 'better-sqlite3';
import type { FetchSlotLimits } from './lib/fetch-slots.ts';
import type { FetchSource } from './lib/fetch-source.ts';
import type { FileStore } from './lib/files.ts';
import type { LogLine } from './lib/logging.ts';
import type { RateLimitOptions } from './lib/rate-limit.ts';

/**
 * What the sandbox app is built from (createApp in app.ts), so tests can swap any of it. Apart from
 * app.ts so that routers can take it without importing the composition root that imports them.
 */
export interface AppDeps {
  db: Database.Database;
  files: FileStore;
  fetchSource: FetchSource;
  clock?: { now(): number };
  /** Test-only fault rules, e.g. `DELETE /v1/assets/*=409`. */
  faults?: string;
  rateLimit?: RateLimitOptions;
  /** Concurrent `source_url` fetches per key and in all (default 4 and 16). */
  fetchSlots?: FetchSlotLimits;
  log?: LogLine;
  /** One log line per request (default true); errors are always logged. */
  logRequests?: boolean;
  service?: string;
  /** Base for asset `url`s; defaults to the request's own origin. */
  publicUrl?: string;
}
