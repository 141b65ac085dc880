import type { BrowserContext, Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { createBrand, uniqueName } from './support/brands-api';
import { openLanding } from './support/landing';
import { expect, test } from './support/fixtures';
import { startSessionServer, type SessionServer } from './support/session-server';
import { cliUserName, unique } from './support/session-ui';

// Dark mode (System by default, Light or Dark chosen in the account menu and kept in a cookie the
// server renders as a class on <html>, so no page flashes the wrong mode), and the shorter sign-in.

const DARK_BACKGROUND = 'rgb(11, 17, 32)';
const LIGHT_BACKGROUND = 'rgb(255, 255, 255)';

const htmlClass = (page: Page) => page.locator('html');
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

async function setModeCookie(context: BrowserContext, baseURL: string, mode: 'light' | 'dark') {
  await context.addCookies([{ name: 'bks_color_mode', value: mode, url: baseURL }]);
}

test('the mode chosen in the account menu is applied at once and remembered across a reload', async ({ page, context }) => {
  await openLanding(page);
  // Nothing chosen: System, no class, the light palette under a light system.
  await expect(htmlClass(page)).not.toHaveClass(/dark|light/);
  expect(await background(page)).toBe(LIGHT_BACKGROUND);

  await page.getByRole('button', { name: /^Account: / }).click();
  const appearance = page.getByRole('group', { name: 'Appearance' });
  await expect(appearance.getByRole('radio', { name: 'System' })).toBeChecked();
  // The radios are visually hidden inside their labels: a pointer presses the label.
  await appearance.getByText('Dark', { exact: true }).click();
  await expect(appearance.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(htmlClass(page)).toHaveClass('dark');
  expect(await background(page)).toBe(DARK_BACKGROUND);
  await expectNoSeriousA11yViolations(page, 'account menu, dark');
  expect((await context.cookies()).find((c) => c.name === 'bks_color_mode')?.value).toBe('dark');

  // The reload's HTML already carries the class: the server rendered it from the cookie.
  const response = await page.reload();
  expect(await response!.text()).toContain('<html lang="en" class="dark">');
  await expect(htmlClass(page)).toHaveClass('dark');
  await page.waitForFunction(() => performance.getEntriesByName('brandkit:interactive').length > 0);

  // Keyboard: the choice is a radio group, arrows move it.
  await page.getByRole('button', { name: /^Account: / }).click();
  await appearance.getByRole('radio', { name: 'Dark' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(appearance.getByRole('radio', { name: 'System' })).toBeChecked();
  await expect(htmlClass(page)).not.toHaveClass(/dark|light/);
  expect((await context.cookies()).find((c) => c.name === 'bks_color_mode')).toBeUndefined();
});

test('the server-rendered /brands and the SPA pages arrive in the chosen mode: no flash', async ({ browser, baseURL }) => {
  // Without JavaScript, what the page shows is exactly what arrived: the class and the palette.
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'light' });
  try {
    await setModeCookie(context, baseURL!, 'dark');
    const page = await context.newPage();
    const response = await page.goto('/brands');
    const html = await response!.text();
    expect(html).toContain('<html lang="en" class="dark">');
    expect(html).toContain('<meta name="color-scheme" content="dark" />');
    // The server render really happened (the cards are in it), in the dark palette.
    await expect(page.getByRole('heading', { level: 1, name: 'Brands' })).toBeVisible();
    expect(await background(page)).toBe(DARK_BACKGROUND);

    const spa = await page.goto('/themes');
    expect(await spa!.text()).toContain('<html lang="en" class="dark">');
    expect(spa!.headers()['vary']).toBe('Cookie');
    expect(await background(page)).toBe(DARK_BACKGROUND);

    // Light chosen under a dark system: light.
    await setModeCookie(context, baseURL!, 'light');
    const dark = await context.newPage();
    await dark.emulateMedia({ colorScheme: 'dark' });
    const light = await dark.goto('/brands');
    expect(await light!.text()).toContain('<html lang="en" class="light">');
    expect(await background(dark)).toBe(LIGHT_BACKGROUND);
  } finally {
    await context.close();
  }
});

test('System follows the system: dark by the media query alone, with no class', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const response = await page.goto('/brands');
  expect(await response!.text()).toContain('<html lang="en">');
  await expect(page.getByRole('heading', { level: 1, name: 'Brands' })).toBeVisible();
  expect(await background(page)).toBe(DARK_BACKGROUND);
});

test('brand previews keep the brand’s own colours in dark mode', async ({ page, request, context, baseURL }) => {
  const brand = await createBrand(request, { name: uniqueName('Preview colours'), theme_id: 'paper-white' });
  await setModeCookie(context, baseURL!, 'dark');
  await page.goto(`/brands/${brand.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(brand.name);
  const sample = page.getByRole('article').filter({ hasText: 'Spring launch notes' });
  // Paper White's background is white: the sample stays white on the dark page.
  await expect(sample).toHaveCSS('background-color', LIGHT_BACKGROUND);
  expect(await background(page)).toBe(DARK_BACKGROUND);
});

/** Every route, for axe, in three parts (on a loaded machine all of them take more than one journey's budget). */
async function routes(request: Parameters<typeof createBrand>[0], part: number): Promise<string[]> {
  if (part === 0) return ['/brands', '/brands/new', '/themes'];
  if (part === 1) {
    const brand = await createBrand(request, { name: uniqueName('Axe dark') });
    return [`/brands/${brand.id}`, `/brands/${brand.id}?panel=theme`, '/connect'];
  }
  const assets = await request.get('/v1/assets?limit=1', { headers: { Authorization: `Bearer ${process.env.E2E_API_KEY}` } });
  const asset = ((await assets.json()) as { data: { id: string }[] }).data[0]!;
  return ['/assets', `/assets/${asset.id}`, '/no-such-page'];
}
const PARTS = ['brands, new brand, themes', 'a brand, its theme picker, connect', 'assets, an asset, not found'];

async function axeEveryRoute(page: Page, list: string[], label: string) {
  for (const path of list) {
    await page.goto(path);
    await expect(page.locator('main h1').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, `${path} (${label})`);
  }
}

const MODES = [
  { label: 'dark by the system preference', cookie: null, system: 'dark' },
  { label: 'Dark chosen by the cookie, under a light system', cookie: 'dark', system: 'light' },
  { label: 'Light chosen by the cookie, under a dark system', cookie: 'light', system: 'dark' },
] as const;

for (const mode of MODES) {
  PARTS.forEach((part, i) => {
    test(`axe is clean on every route (${part}) in ${mode.label}`, async ({ page, request, context, baseURL }) => {
      // Three axe runs, one over the long theme gallery: on 2 shared cores that alone can take 40 s.
      test.setTimeout(120_000);
      if (mode.cookie) await setModeCookie(context, baseURL!, mode.cookie);
      await page.emulateMedia({ colorScheme: mode.system });
      await axeEveryRoute(page, await routes(request, i), mode.label);
    });
  });
}

test.describe('sign-in', () => {
  let server: SessionServer;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    server = await startSessionServer();
  });
  test.afterAll(async () => server.stop());

  test('a sign-in reached with ?next= goes straight to the target; /connect itself shows who it is', async ({ page }) => {
    const email = `${unique('dora')}@x.test`;
    const key = await server.createKey(email);
    await page.goto(`${server.url}/themes?view=all`);
    await expect(page).toHaveURL(`${server.url}/connect?next=${encodeURIComponent('/themes?view=all')}`);
    await page.getByLabel('NextDocs API key').fill(key);
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect(page).toHaveURL(`${server.url}/themes?view=all`);
    await expect(page.getByRole('heading', { level: 1, name: 'Themes' })).toBeVisible();
    await expect(page.getByRole('button', { name: `Account: ${cliUserName(email)}` })).toBeVisible();

    await page.goto(`${server.url}/connect`);
    await page.getByRole('button', { name: 'Sign in to the demo account' }).click();
    await expect(page.getByRole('heading', { name: /^Connected as / })).toBeVisible();
    await expect(page).toHaveURL(`${server.url}/connect`);
  });
});
