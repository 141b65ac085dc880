import { rm } from 'node:fs/promises';
import { basename, dirname } from 'node:path';

/**
 * Removes the run's fresh sandbox (database and stored files, a few MB each run) from the temp
 * folder. Set E2E_KEEP_DB=1 to keep it for inspection, e.g. scanning it for test keys (none may be stored).
 */
export default async function globalTeardown(): Promise<void> {
  const db = process.env.E2E_SANDBOX_DB;
  if (!db || process.env.E2E_KEEP_DB === '1') return;
  const dir = dirname(db);
  // Only ever the folder playwright.config.ts created, never a path someone pointed us at.
  if (!basename(dir).startsWith('brandkit-e2e-')) return;
  await rm(dir, { recursive: true, force: true });
}
