// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileStore, isValidFileKey, newFileKey } from './files.ts';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'files-test-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('isValidFileKey', () => {
  it.each(['asset_01hx.png', 'a.jpg', 'x-y_z.webm', '0.svg', 'abc.mp4', 'a.gif', 'a.webp'])('accepts %s', (key) => {
    expect(isValidFileKey(key)).toBe(true);
  });
  it.each([
    '',
    '../x.png',
    '..png',
    '.tmp-abc',
    'a/b.png',
    'a\\b.png',
    '/etc/passwd',
    'A.png',
    'a.PNG',
    'a.exe',
    'a.png/',
    'a.png\0',
    'a.png.txt',
    '_a.png',
    `${'a'.repeat(82)}.png`,
  ])('refuses %j', (key) => {
    expect(isValidFileKey(key)).toBe(false);
  });
});

describe('newFileKey', () => {
  it('is 128 random bits as 32 hex digits plus the extension, and a valid key', () => {
    const keys = Array.from({ length: 200 }, () => newFileKey('webp'));
    for (const key of keys) {
      expect(key).toMatch(/^[0-9a-f]{32}\.webp$/);
      expect(isValidFileKey(key)).toBe(true);
    }
    expect(new Set(keys).size).toBe(keys.length);
    // Every hex digit shows up in every position: nothing is fixed or counted up.
    for (let i = 0; i < 32; i++) expect(new Set(keys.map((k) => k[i])).size).toBeGreaterThan(8);
  });
});

describe('createFileStore', () => {
  it('puts, reads back, and reports presence', () => {
    const store = createFileStore(dir);
    const bytes = new Uint8Array([1, 2, 3, 4]);
    store.put('asset_1.png', bytes);
    expect(store.has('asset_1.png')).toBe(true);
    expect(fs.readFileSync(store.path('asset_1.png')!)).toEqual(Buffer.from(bytes));
    expect(fs.readdirSync(dir)).toEqual(['asset_1.png']); // no temp file left behind
  });

  it('creates a missing folder and exposes its absolute path', () => {
    const nested = path.join(dir, 'a', 'b');
    const store = createFileStore(nested);
    expect(store.dir).toBe(path.resolve(nested));
    store.put('k.gif', new Uint8Array([7]));
    expect(fs.existsSync(path.join(nested, 'k.gif'))).toBe(true);
  });

  it('replaces an existing file whole', () => {
    const store = createFileStore(dir);
    store.put('k.svg', Buffer.from('old contents that are longer'));
    store.put('k.svg', Buffer.from('new'));
    expect(fs.readFileSync(store.path('k.svg')!, 'utf8')).toBe('new');
  });

  it('writes an empty file', () => {
    const store = createFileStore(dir);
    store.put('e.png', new Uint8Array());
    expect(fs.statSync(store.path('e.png')!).size).toBe(0);
  });

  it('never resolves a path outside its folder', () => {
    const store = createFileStore(dir);
    for (const key of ['../x.png', '..', '.', 'a/../../b.png', '%2e%2e.png', '']) {
      expect(store.path(key)).toBeNull();
      expect(store.has(key)).toBe(false);
    }
    expect(() => store.put('../escape.png', new Uint8Array([1]))).toThrow(/Malformed/);
    expect(fs.existsSync(path.join(dir, '..', 'escape.png'))).toBe(false);
    expect(store.path('ok.png')).toBe(path.join(path.resolve(dir), 'ok.png'));
  });

  it('removes files and ignores missing or malformed keys', () => {
    const store = createFileStore(dir);
    store.put('r.jpg', new Uint8Array([1]));
    store.remove('r.jpg');
    expect(store.has('r.jpg')).toBe(false);
    expect(() => store.remove('r.jpg')).not.toThrow();
    expect(() => store.remove('../r.jpg')).not.toThrow();
  });

  it('sweeps unreferenced files and stale temp files, and leaves foreign files alone', () => {
    const store = createFileStore(dir);
    store.put('keep.png', new Uint8Array([1]));
    store.put('orphan.png', new Uint8Array([2]));
    fs.writeFileSync(path.join(dir, '.tmp-deadbeef'), 'half written');
    fs.writeFileSync(path.join(dir, 'README.md'), 'not ours');
    fs.mkdirSync(path.join(dir, 'sub.png'));

    expect(store.sweep(new Set(['keep.png', 'gone.png']))).toBe(2);
    expect(fs.readdirSync(dir).sort()).toEqual(['README.md', 'keep.png', 'sub.png']);
    expect(store.sweep(new Set(['keep.png']))).toBe(0);
  });
});
