import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, buildSpa, emit } from './support.ts';

/**
 * B1, the landing page's bundle budget: gzip size of the landing route's initial JS (entry script
 * plus modulepreloads), lazy chunks listed.
 */
export async function b1(): Promise<void> {
  const dist = join(ROOT, 'dist');
  buildSpa();
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1]!);
  const gz = (file: string) => gzipSync(readFileSync(join(dist, file))).byteLength;
  const initialFiles = initial.map((src) => ({ file: src, gzip_bytes: gz(src) }));
  const staticDir = join(dist, 'static');
  const lazy = (existsSync(staticDir) ? readdirSync(staticDir) : [])
    .filter((f) => f.endsWith('.js') && !initial.includes(`/static/${f}`))
    .map((f) => ({ file: `/static/${f}`, gzip_bytes: gz(`/static/${f}`) }))
    .sort((a, b) => b.gzip_bytes - a.gzip_bytes);
  const total = initialFiles.reduce((s, f) => s + f.gzip_bytes, 0);
  const kb = Math.round((total / 1000) * 10) / 10;
  emit({
    bench: 'B1',
    metric: 'landing initial JS, gzip',
    initial_gzip_kB: kb,
    target_kB: 110,
    stretch_kB: 100,
    pass: kb <= 110,
    initial: initialFiles,
    lazy,
  });
}
