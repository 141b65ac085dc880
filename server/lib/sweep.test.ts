// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb } from '../db/open-db.ts';
import { createFileStore, type FileStore } from './files.ts';
import { IN_FLIGHT_GRACE_MS, claimInstance, sweepOrphanFiles } from './sweep.ts';

// Two servers on one database and files folder: B starts while A has written bytes whose row is
// not committed yet. B's sweep must keep A's young file, and still sweep real orphans.
let dir: string;
let files: FileStore;
let db: ReturnType<typeof openDb>;
const bytes = new Uint8Array([1, 2, 3]);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sweep-test-'));
  db = openDb(path.join(dir, 'sandbox.db'));
  files = createFileStore(path.join(dir, 'files'));
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function age(key: string, ms: number): void {
  const when = new Date(Date.now() - ms);
  fs.utimesSync(path.join(files.dir, key), when, when);
}

describe('sweepOrphanFiles with other servers live', () => {
  it("keeps another live server's write in flight and sweeps files older than the grace", () => {
    const alive = new Set([101, 202]);
    const isAlive = (pid: number) => alive.has(pid);
    claimInstance(db, { host: 'h', pid: 101, isAlive });
    files.put('inflight.png', bytes);
    files.put('old.png', bytes);
    age('old.png', IN_FLIGHT_GRACE_MS + 60_000);

    const b = claimInstance(db, { host: 'h', pid: 202, isAlive });
    expect(b.othersLive()).toBe(true);
    expect(sweepOrphanFiles(db, files, b)).toBe(1);
    expect(files.has('inflight.png')).toBe(true);
    expect(files.has('old.png')).toBe(false);
  });

  it('sweeps everything unreferenced when the other server was killed (its pid is gone), and drops its row', () => {
    const alive = new Set([202]);
    const isAlive = (pid: number) => alive.has(pid);
    claimInstance(db, { host: 'h', pid: 101, isAlive });
    files.put('orphan.png', bytes);

    const b = claimInstance(db, { host: 'h', pid: 202, isAlive });
    expect(sweepOrphanFiles(db, files, b)).toBe(1);
    expect(files.has('orphan.png')).toBe(false);
    expect(db.prepare('SELECT pid FROM instances').all()).toEqual([{ pid: 202 }]);
  });

  it('counts a server on another host as live, and a released server as gone', () => {
    const a = claimInstance(db, { host: 'other', pid: 101, isAlive: () => false });
    const b = claimInstance(db, { host: 'h', pid: 202, isAlive: () => false });
    files.put('young.png', bytes);
    expect(sweepOrphanFiles(db, files, b)).toBe(0);
    a.release();
    expect(b.othersLive()).toBe(false);
    expect(sweepOrphanFiles(db, files, b)).toBe(1);
  });

  it('never deletes a referenced file, old or young; an old unreferenced one goes with nobody else live', () => {
    const b = claimInstance(db, { host: 'h', pid: 202, isAlive: () => true });
    files.put('kept.png', bytes);
    age('kept.png', IN_FLIGHT_GRACE_MS * 3);
    expect(files.sweep(new Set(['kept.png']))).toBe(0);
    expect(files.sweep(new Set(['kept.png']), Date.now())).toBe(0);
    // No asset row references it, and no other server is live: it is an orphan.
    expect(sweepOrphanFiles(db, files, b)).toBe(1);
  });
});
