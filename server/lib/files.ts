import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export type AssetFormat = 'png' | 'jpg' | 'gif' | 'webp' | 'svg' | 'mp4' | 'webm';

export const FORMAT_CONTENT_TYPES: Readonly<Record<AssetFormat, string>> = Object.freeze({
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  mp4: 'video/mp4',
  webm: 'video/webm',
});

export interface FileStore {
  readonly dir: string;
  /** Temp file, fsync, rename: a crash leaves either the old state or the whole file, never half of it. */
  put(key: string, bytes: Uint8Array): void;
  /** Absolute path inside `dir`, or null if the key is malformed. */
  path(key: string): string | null;
  has(key: string): boolean;
  /** No error if the file is missing. */
  remove(key: string): void;
  /**
   * Deletes stored files no row references and leftover temp files; returns how many were deleted.
   * With `modifiedBefore` (epoch ms), files modified at or after it are kept.
   */
  sweep(referenced: ReadonlySet<string>, modifiedBefore?: number): number;
}

// The key shape has no '/', '\\' or leading '.', so a valid key can never name anything outside `dir`.
const FILE_KEY = /^[a-z0-9][a-z0-9_-]{0,80}\.(png|jpg|gif|webp|svg|mp4|webm)$/;
const TEMP_PREFIX = '.tmp-';

export function isValidFileKey(key: string): boolean {
  return typeof key === 'string' && FILE_KEY.test(key);
}

/**
 * A fresh name for stored bytes: 128 random bits as 32 hex digits plus the extension. Files are
 * served without a key, so the name is the only secret: it must not follow from an asset id (ids
 * minted in the same millisecond differ by one) or from any other stored value.
 */
export function newFileKey(format: AssetFormat): string {
  return `${randomBytes(16).toString('hex')}.${format}`;
}

export function createFileStore(dir: string): FileStore {
  const root = path.resolve(dir);
  fs.mkdirSync(root, { recursive: true });

  const resolve = (key: string): string | null => (isValidFileKey(key) ? path.join(root, key) : null);

  return {
    dir: root,

    put(key, bytes) {
      const target = resolve(key);
      if (target === null) throw new Error(`Malformed file key: ${JSON.stringify(key)}`);
      const temp = path.join(root, TEMP_PREFIX + randomBytes(12).toString('hex'));
      let fd: number | null = fs.openSync(temp, 'wx', 0o644);
      try {
        let offset = 0;
        while (offset < bytes.byteLength) {
          offset += fs.writeSync(fd, bytes, offset, bytes.byteLength - offset);
        }
        fs.fsyncSync(fd);
        fs.closeSync(fd);
        fd = null;
        fs.renameSync(temp, target);
      } catch (err) {
        if (fd !== null) fs.closeSync(fd);
        fs.rmSync(temp, { force: true });
        throw err;
      }
      syncDir(root);
    },

    path: resolve,

    has(key) {
      const target = resolve(key);
      if (target === null) return false;
      try {
        return fs.statSync(target).isFile();
      } catch {
        return false;
      }
    },

    remove(key) {
      const target = resolve(key);
      if (target !== null) fs.rmSync(target, { force: true });
    },

    sweep(referenced, modifiedBefore) {
      let deleted = 0;
      for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
        if (!entry.isFile()) continue;
        // Only names this store could have written are candidates: anything else in the folder
        // (a README, a database someone put next to the files) is left alone.
        const stale = entry.name.startsWith(TEMP_PREFIX) || (isValidFileKey(entry.name) && !referenced.has(entry.name));
        if (!stale) continue;
        if (modifiedBefore !== undefined && !modifiedEarlier(path.join(root, entry.name), modifiedBefore)) continue;
        fs.rmSync(path.join(root, entry.name), { force: true });
        deleted++;
      }
      if (deleted > 0) syncDir(root);
      return deleted;
    },
  };
}

/** False also when the file is gone (another server's sweep got there first). */
function modifiedEarlier(file: string, before: number): boolean {
  try {
    return fs.statSync(file).mtimeMs < before;
  } catch {
    return false;
  }
}

/** Makes the rename itself durable. Some platforms cannot open a directory for fsync; that is not fatal. */
function syncDir(dir: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // best effort
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}
