import type Database from 'better-sqlite3';
import type { FileStore } from './files.ts';

/** Startup sweep (crash safety): bytes are written before their row, so a crash can leave files no row references. */
export function sweepOrphanFiles(db: Database.Database, files: FileStore): number {
  const rows = db.prepare('SELECT DISTINCT file_key FROM assets').all() as { file_key: string }[];
  return files.sweep(new Set(rows.map((r) => r.file_key)));
}
