import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type Database from 'better-sqlite3';
import type { FileStore } from './files.ts';

/**
 * How old an unreferenced file must be before a sweep may delete it while another server is live
 * on the same database. Writing the bytes and committing their row take milliseconds; a file that
 * old and still unreferenced is an orphan, not a write in flight.
 */
export const IN_FLIGHT_GRACE_MS = 10 * 60_000;

export interface InstanceOptions {
  host?: string;
  pid?: number;
  /** Whether a process of this host runs; injectable for tests. */
  isAlive?: (pid: number) => boolean;
}

export interface InstanceClaim {
  /** Whether any other server has this database open: same host and its pid alive, or another host. */
  othersLive(): boolean;
  release(): void;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Registers this server as live on `db`. A server killed without cleanup leaves its row; the next
 * start on the same host finds its pid dead and drops it. Rows of other hosts cannot be checked
 * and count as live, which only makes sweeps more careful (they keep young files).
 */
export function claimInstance(db: Database.Database, options: InstanceOptions = {}): InstanceClaim {
  const host = options.host ?? hostname();
  const pid = options.pid ?? process.pid;
  const isAlive = options.isAlive ?? pidAlive;
  const id = randomBytes(8).toString('hex');
  db.prepare('INSERT INTO instances (id, host, pid, started_at) VALUES (?, ?, ?, ?)').run(id, host, pid, new Date().toISOString());
  return {
    othersLive() {
      const rows = db.prepare('SELECT id, host, pid FROM instances WHERE id != ?').all(id) as { id: string; host: string; pid: number }[];
      let live = false;
      for (const row of rows) {
        if (row.host !== host || (row.pid !== pid && isAlive(row.pid))) live = true;
        else db.prepare('DELETE FROM instances WHERE id = ?').run(row.id);
      }
      return live;
    },
    release() {
      try {
        db.prepare('DELETE FROM instances WHERE id = ?').run(id);
      } catch {
        // The database may already be closed on the way out; the next start cleans the row up.
      }
    },
  };
}

/**
 * Startup sweep (crash safety): bytes are written before their row, so a crash can leave files no
 * row references. With another server live on the same database, only files older than the grace
 * are swept, because a young unreferenced file may be that server's write in flight.
 */
export function sweepOrphanFiles(db: Database.Database, files: FileStore, claim?: InstanceClaim, now: number = Date.now()): number {
  const rows = db.prepare('SELECT DISTINCT file_key FROM assets').all() as { file_key: string }[];
  const olderThan = claim?.othersLive() ? now - IN_FLIGHT_GRACE_MS : undefined;
  return files.sweep(new Set(rows.map((r) => r.file_key)), olderThan);
}
