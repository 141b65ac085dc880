import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH, freePort } from './e2e/support/local-machine.ts';

// This file is evaluated again in every worker process. Deciding port, database and key once,
// in the main process, and keeping them in process.env (which workers inherit) makes every
// worker talk to the one server the main process started.
process.env.E2E_PORT ??= String(await freePort());
process.env.E2E_SANDBOX_DB ??= join(tmpdir(), `brandkit-e2e-${Date.now()}-${randomBytes(4).toString('hex')}`, 'sandbox.db');
process.env.E2E_API_KEY ??= `nxd_e2e_${randomBytes(16).toString('hex')}`;

// The add-from-URL journeys need an https origin the sandbox may fetch from (e2e/assets-*.spec.ts):
// started here, in the main process only (workers inherit the env and skip this), before the web
// server, whose fetch allow-list and trusted CA point at it.
if (!process.env.E2E_FIXTURE_ORIGIN || !process.env.E2E_FIXTURE_CA) {
  const { startAssetFixture } = await import('./e2e/assets-fixture-server.ts');
  const fixture = await startAssetFixture(dirname(process.env.E2E_SANDBOX_DB));
  process.env.E2E_FIXTURE_ORIGIN = fixture.origin;
  process.env.E2E_FIXTURE_CA = fixture.caPath;
}
const fixtureCa = process.env.E2E_FIXTURE_CA;

const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  // One retry in CI only: on 2 shared cores a journey can lose a race with the machine; Playwright
  // reports such a test as flaky instead of hiding it, and every local run stays strict.
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: 'list',
  globalTeardown: './e2e/support/global-teardown.ts',
  // Journeys wait on state; on 2 busy cores the longer ones (several axe runs, an undo window)
  // take 20-25 s, so the budget per journey leaves room for a loaded machine.
  timeout: 60_000,
  // Each assertion waits for its state; on a loaded machine a first render can take longer than
  // Playwright's 5 s default, which would fail a journey that is only slow.
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // Debian's Chromium: `npx playwright install` cannot download browsers here.
    launchOptions: CHROMIUM_LAUNCH,
  },
  webServer: {
    // The production server over the built app (the test script runs `npm run build` first),
    // on a fresh database, so e2e sees exactly what users get: CSP, SPA fallback, one origin.
    command: 'node --import tsx server/index.ts --serve-spa',
    url: `${baseURL}/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      SANDBOX_DB: process.env.E2E_SANDBOX_DB,
      NEXTDOCS_API_KEY: process.env.E2E_API_KEY,
      SANDBOX_FETCH_ALLOW_HOSTS: 'localhost',
      SANDBOX_FETCH_CA: fixtureCa,
    },
  },
});
