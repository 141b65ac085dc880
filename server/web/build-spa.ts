import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds dist/ when it is missing or older than the SPA's sources, so `npm start` always serves current code. */
export function ensureSpaBuilt(root: string, log: (line: string) => void): string {
  const dist = join(root, 'dist');
  const index = join(dist, 'index.html');
  const sources = ['src', 'contract', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((p) => join(root, p));
  const stale = !existsSync(index) || Math.max(...sources.map(newestMtime)) > statSync(index).mtimeMs;
  if (stale) {
    log('Building the app (vite build)…');
    const result = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (result.status !== 0) throw new Error('vite build failed');
  }
  return dist;
}
