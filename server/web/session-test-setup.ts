import { afterAll, afterEach, expect } from 'vitest';
import type { AppDeps } from '../app-deps.ts';
import { createTestApp } from '../testing/test-app.ts';
import { capturedLogs, webHarness } from './web-test-helpers.ts';

/**
 * Bookkeeping shared by the /session test files: every harness and sandbox a test makes is closed
 * after it, and once the file is done no log line may hold key material.
 */
export function sessionTestSetup() {
  const harnesses: ReturnType<typeof webHarness>[] = [];
  const sandboxes: ReturnType<typeof createTestApp>[] = [];
  const testKeys: string[] = [];
  afterEach(() => {
    while (harnesses.length) harnesses.pop()!.close();
    while (sandboxes.length) sandboxes.pop()!.close();
  });
  afterAll(() => {
    expect(capturedLogs.length).toBeGreaterThan(0);
    for (const line of capturedLogs) {
      expect(line).not.toContain('nxd_');
      for (const key of testKeys) expect(line).not.toContain(key);
    }
  });
  return {
    /** The web app over its own fresh sandbox (see webHarness). */
    setup(...args: Parameters<typeof webHarness>) {
      const h = webHarness(...args);
      harnesses.push(h);
      testKeys.push(h.keys.a, h.keys.b);
      return h;
    },
    /** A sandbox of its own, e.g. with another rate limit, to pass to setup as the upstream. */
    sandbox(overrides: Partial<AppDeps> = {}) {
      const s = createTestApp({ log: (line) => capturedLogs.push(line), ...overrides });
      sandboxes.push(s);
      testKeys.push(s.keys.a, s.keys.b);
      return s;
    },
  };
}
