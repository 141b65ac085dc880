import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

/** Test helpers: an in-memory database with every migration applied in order. */
const MIGRATIONS = fileURLToPath(new URL('../migrations/', import.meta.url));
export const NOW = Date.parse('2026-06-15T12:00:00.000Z');

export function freshDb(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const file of readdirSync(MIGRATIONS)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    db.exec(readFileSync(join(MIGRATIONS, file), 'utf8'));
  }
  return db;
}

type Row = Record<string, unknown>;
export const all = (db: Database.Database, sql: string, ...params: unknown[]) =>
  db.prepare(sql).all(...params) as Row[];
export const one = (db: Database.Database, sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as Row;
