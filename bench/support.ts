import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_LAUNCH, freePort } from '../e2e/support/local-machine.ts';
import { buildSpa as buildBoth } from '../server/web/build-spa.ts';

export { freePort };

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** One JSON line per benchmark result. */
export function emit(result: Record<string, unknown>): void {
  console.log(JSON.stringify(result));
}

/** `npm run build`, quietly. */
export function buildSpa(): void {
  buildBoth(ROOT, { logLevel: 'error', quiet: true });
}

export const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Debian's Chromium with the flags this offline machine needs (as in playwright.config.ts). */
export const CHROMIUM = CHROMIUM_LAUNCH;

/** Starts a TypeScript entry (a server) as a child and resolves once it says it listens. */
export function startServer(args: string[], env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((ok, fail) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (/listening|ready/.test(chunk.toString())) ok(child);
    });
    child.once('exit', (code) => fail(new Error(`server exited with ${code}`)));
  });
}
