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

/** `npm run build`: the SPA into dist/, then the landing page's server render into dist-ssr/. */
export function buildSpa(root: string, options: { logLevel: 'warn' | 'error'; quiet?: boolean }): void {
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  for (const args of [['build'], ['build', '--ssr', 'src/entry-server.tsx']]) {
    const result = spawnSync(process.execPath, [vite, ...args, '--logLevel', options.logLevel], {
      cwd: root,
      stdio: options.quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
    });
    if (result.status !== 0) throw new Error(`vite ${args.join(' ')} failed`);
  }
}

/**
 * Builds dist/ and dist-ssr/ when either is missing or older than the SPA's sources, so
 * `npm start` always serves current code.
 */
export function ensureSpaBuilt(root: string, log: (line: string) => void): string {
  const dist = join(root, 'dist');
  const outputs = [join(dist, 'index.html'), join(root, 'dist-ssr', 'entry-server.js')];
  const sources = ['src', 'contract', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((p) =>
    join(root, p),
  );
  const newestSource = Math.max(...sources.map(newestMtime));
  const stale = outputs.some((file) => !existsSync(file) || newestSource > statSync(file).mtimeMs);
  if (stale) {
    log('Building the app (vite build)…');
    buildSpa(root, { logLevel: 'warn' });
  }
  return dist;
}
