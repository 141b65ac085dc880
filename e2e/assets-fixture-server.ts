import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePng } from '../server/db/seed/png.ts';
import { startHttpsFixture, type FixtureRoute } from '../server/testing/https-fixture.ts';

/** How many distinct images the fixture serves at /img/<n>.png. */
const FIXTURE_IMAGES = 200;

/** A real, decodable PNG in a colour of its own, so each thumbnail visibly differs. */
function colouredPng(n: number): Buffer {
  const width = 64;
  const height = 48;
  const rgb = new Uint8Array(width * height * 3);
  const colour = [(n * 67) % 256, (n * 131) % 256, (n * 199) % 256];
  for (let i = 0; i < width * height; i++) rgb.set(colour, i * 3);
  return encodePng(width, height, rgb);
}

/**
 * The https origin the add-from-URL journeys fetch from: a local server with a self-signed
 * certificate whose CA is written to `dir`, so the sandbox can be told to trust it and to allow
 * `localhost` (SANDBOX_FETCH_CA, SANDBOX_FETCH_ALLOW_HOSTS). Started once, in Playwright's main process.
 */
export async function startAssetFixture(dir: string): Promise<{ origin: string; caPath: string }> {
  const routes: Record<string, FixtureRoute> = {
    '/notes.txt': { headers: { 'content-type': 'text/plain' }, body: 'Plain text is not an image.' },
  };
  for (let n = 0; n < FIXTURE_IMAGES; n++) {
    routes[`/img/${n}.png`] = { headers: { 'content-type': 'image/png' }, body: colouredPng(n) };
  }
  const fixture = await startHttpsFixture(routes);
  mkdirSync(dir, { recursive: true });
  const caPath = join(dir, 'asset-fixture-ca.pem');
  writeFileSync(caPath, fixture.ca);
  return { origin: fixture.origin, caPath };
}
