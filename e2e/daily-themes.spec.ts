import type { Locator, Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { createBrand, getTheme, listOrganizations, uniqueName } from './support/brands-api';
import { expect, test } from './support/fixtures';

// Daily use of themes (issue 16): typing in the theme search at speed, judging a theme without
// scrolling, confirmations where the user looks, the create page on a phone, and focus.

const SEARCH = { name: 'Search themes by name or font' } as const;
/** 30 characters that no theme matches, so every key changes what the picker shows. */
const FAST_TEXT = 'desert sand at dusk, warm 1234';

type Box = { x: number; y: number; width: number; height: number };

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  expect(found, 'element has a box').not.toBeNull();
  return found!;
}

/** The whole box lies inside the window (the viewport is the page's, e.g. 1280x800). */
async function expectInWindow(page: Page, locator: Locator, label: string): Promise<Box> {
  const b = await box(locator);
  const { width, height } = page.viewportSize()!;
  expect(b.y, `${label}: top ${b.y}`).toBeGreaterThanOrEqual(0);
  expect(b.y + b.height, `${label}: bottom ${b.y + b.height} within ${height}`).toBeLessThanOrEqual(height);
  expect(b.x, `${label}: left`).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width, `${label}: right`).toBeLessThanOrEqual(width);
  return b;
}

/** The element React has focus on, described by its role-ish name, e.g. "INPUT search". */
const activeElement = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'BODY';
    const label = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent;
    return `${el.tagName} ${(label ?? '').trim()}`;
  });

/** Types at 10 ms a key with the CPU slowed 4x, then puts the CPU back. */
async function typeFastOnSlowCpu(page: Page, field: Locator, text: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  try {
    await field.pressSequentially(text, { delay: 10 });
    await expect(field).toHaveValue(text);
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  }
}

const urlParam = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

/** The id of the last theme the picker lists (the API's order): the hardest one to find. */
async function lastListedTheme(page: Page): Promise<string> {
  const radios = page.getByRole('radio');
  await expect(radios.first()).toBeVisible();
  return (await radios.last().getAttribute('value'))!;
}

test('fast typing in the theme search on a brand page keeps every key, and the URL gets them', async ({
  page,
  request,
}) => {
  const brand = await createBrand(request, { name: uniqueName('Fast search'), theme_id: 'paper-white' });
  await page.goto(`/brands/${brand.id}`);
  await page.getByRole('button', { name: 'Change theme' }).click();
  const search = page.getByRole('searchbox', SEARCH);
  await expect(search).toBeFocused();
  await typeFastOnSlowCpu(page, search, FAST_TEXT);
  await expect.poll(() => urlParam(page, 'theme_q')).toBe(FAST_TEXT);
  await expect(page.getByRole('status').filter({ hasText: `No theme matches “${FAST_TEXT}”.` })).toBeVisible();
  // "Clear search" empties the field and, a moment later, the URL; focus stays in the picker.
  await page.getByRole('button', { name: 'Clear search' }).click();
  await expect(search).toHaveValue('');
  await expect(search).toBeFocused();
  await expect.poll(() => urlParam(page, 'theme_q')).toBeNull();
});

test('fast typing in the theme search on /brands/new keeps every key; a reload brings the text back', async ({
  page,
}) => {
  await page.goto('/brands/new');
  const search = page.getByRole('searchbox', SEARCH);
  await search.click();
  await typeFastOnSlowCpu(page, search, FAST_TEXT);
  await expect.poll(() => urlParam(page, 'theme_q')).toBe(FAST_TEXT);
  await page.reload();
  await expect(page.getByRole('searchbox', SEARCH)).toHaveValue(FAST_TEXT);
});

test('on a brand page at 1280x800 the choices, Save and the preview are in view together; Esc closes', async ({
  page,
  request,
}) => {
  await page.goto('/brands/new');
  const lastId = await lastListedTheme(page);
  const brand = await createBrand(request, { name: uniqueName('Judge a theme'), theme_id: lastId });
  await page.goto(`/brands/${brand.id}`);
  const change = page.getByRole('button', { name: 'Change theme' });
  await change.click();

  const search = page.getByRole('searchbox', SEARCH);
  await expect(search).toBeFocused();
  expect(await activeElement(page)).toBe('INPUT Search themes by name or font');
  const current = page.locator(`[data-theme-option="${lastId}"]`);
  await expect(current).toContainText('Current');
  await expectInWindow(page, search, 'search');
  const saveBox = await expectInWindow(page, page.getByRole('button', { name: 'Save theme' }), 'Save');
  // The saved theme is listed first, in view inside the list's own scroll box.
  await expect(current).toBeInViewport({ ratio: 1 });
  await expectInWindow(page, current, 'current theme option');
  // The preview's swatches start beside the list, above the bar that holds Save.
  const firstSwatch = await expectInWindow(page, page.locator('[data-token="background"]'), 'first swatch');
  expect(firstSwatch.y + firstSwatch.height).toBeLessThanOrEqual(saveBox.y);

  // Each option writes its fonts in their own faces.
  const forest = page.locator('[data-theme-option="forest"]');
  await expect(forest.getByText('Merriweather', { exact: true })).toHaveCSS('font-family', /^Merriweather,/);
  await expect(forest.getByText('Open Sans', { exact: true })).toHaveCSS('font-family', /^"Open Sans",/);

  // Trying a theme: the heading says what is saved and what is only previewed.
  await page.getByRole('radio', { name: /Forest/ }).click();
  const themeName = (await getTheme(request, lastId)).name;
  await expect(page.getByRole('heading', { level: 2, name: `Theme: ${themeName} · previewing Forest, not saved` }))
    .toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Save theme' })).toHaveCount(0);
  await expect(change).toBeFocused();
  expect(await activeElement(page)).toBe('BUTTON Change theme');
  await expect(page.getByRole('heading', { level: 2, name: `Theme: ${themeName}`, exact: true })).toBeVisible();
  await expect(page).not.toHaveURL(/panel=theme/);
});

test('saving a theme confirms beside the heading and gives focus back to "Change theme"', async ({
  page,
  request,
}) => {
  const brand = await createBrand(request, { name: uniqueName('Save theme'), theme_id: 'paper-white' });
  await page.goto(`/brands/${brand.id}`);
  await page.getByRole('button', { name: 'Change theme' }).click();
  await page.getByRole('radio', { name: /Forest/ }).click();
  await expect(page.getByRole('radio', { name: /Forest/ })).toBeChecked();
  const saved = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().endsWith(brand.id));
  await page.getByRole('button', { name: 'Save theme' }).click();
  expect((await saved).status()).toBe(200);

  const confirmation = page.getByRole('status').filter({ hasText: 'Saved. This brand now uses Forest.' });
  await expect(confirmation).toBeVisible();
  const heading = page.getByRole('heading', { level: 2, name: 'Theme: Forest', exact: true });
  const confirmBox = await expectInWindow(page, confirmation, 'saved confirmation');
  const headingBox = await expectInWindow(page, heading, 'theme heading');
  expect(Math.abs(confirmBox.y - headingBox.y)).toBeLessThan(120);
  await expect(page.getByRole('button', { name: 'Change theme' })).toBeFocused();
  expect(await activeElement(page)).toBe('BUTTON Change theme');
});

test('at 390x844 the theme editor keeps Save in view, also while reading the preview', async ({ page, request }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const brand = await createBrand(request, { name: uniqueName('Phone theme'), theme_id: 'paper-white' });
  await page.goto(`/brands/${brand.id}`);
  await page.getByRole('button', { name: 'Change theme' }).click();
  await expect(page.getByRole('searchbox', SEARCH)).toBeFocused();
  const save = page.getByRole('button', { name: 'Save theme' });
  await expectInWindow(page, save, 'Save on open');
  await page.getByRole('radio', { name: /Forest/ }).click();
  // The bar with Save names the theme being tried, in its colours and fonts.
  const bar = page.locator('[data-theme-save-bar]');
  await expect(bar.locator('[data-theme-summary="forest"]')).toBeVisible();
  await expectInWindow(page, save, 'Save after choosing');
  // Down at the sample document, Save is still on screen.
  await page.getByRole('heading', { name: 'Spring launch notes' }).scrollIntoViewIfNeeded();
  await expectInWindow(page, page.getByRole('heading', { name: 'Spring launch notes' }), 'sample');
  await expectInWindow(page, save, 'Save while reading the sample');
  await expectNoSeriousA11yViolations(page, 'theme editor on a phone');
});

test('"Copied #hex" shows on the swatch that was copied, in view', async ({ page, request, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const brand = await createBrand(request, { name: uniqueName('Copy beside'), theme_id: 'forest' });
  await page.goto(`/brands/${brand.id}`);
  const swatch = page.getByRole('button', { name: 'Copy border' });
  await swatch.click();
  const confirmation = page.getByRole('status').filter({ hasText: /^Copied #/ });
  await expect(confirmation).toBeVisible();
  const hex = (await confirmation.textContent())!.replace('Copied ', '');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(hex);
  const c = await expectInWindow(page, confirmation, 'confirmation');
  const s = await box(swatch);
  // On the swatch itself: the confirmation's box lies within the swatch's box.
  expect(c.y).toBeGreaterThanOrEqual(s.y);
  expect(c.y + c.height).toBeLessThanOrEqual(s.y + s.height);
  expect(c.x).toBeGreaterThanOrEqual(s.x);
  expect(c.x + c.width).toBeLessThanOrEqual(s.x + s.width);
});

test('/brands/new at 390x844: a compact preview stays in view, with a way to the full one', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/brands/new');
  await page.getByRole('radio', { name: /Forest/ }).click();
  const strip = page.locator('[data-compact-preview]');
  await expect(strip.locator('[data-theme-summary="forest"]')).toContainText('Forest');
  await expect(strip.getByText('Merriweather', { exact: true })).toHaveCSS('font-family', /^Merriweather,/);
  await expectInWindow(page, strip, 'compact preview after choosing');
  // Further down the form (the instruction, the button), it is still at the top of the window.
  await page.getByRole('button', { name: 'Create brand' }).scrollIntoViewIfNeeded();
  const stripBox = await expectInWindow(page, strip, 'compact preview at the end of the form');
  expect(stripBox.y).toBeLessThan(20);
  expect(stripBox.height).toBeLessThan(120);

  await strip.getByRole('button', { name: 'Full preview' }).click();
  const heading = page.getByRole('heading', { name: 'Preview: Forest' });
  await expect(heading).toBeFocused();
  await expectInWindow(page, heading, 'full preview heading');
  await expectNoSeriousA11yViolations(page, 'new brand on a phone');
});

test('the create page focuses Name and says in which scope the brand will be made', async ({ page, request }) => {
  await page.goto('/brands/new');
  await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused();
  expect(await activeElement(page)).toBe('INPUT Name');
  await expect(page.getByText('Will be created in Personal.')).toBeVisible();

  const [organization] = await listOrganizations(request);
  expect(organization).toBeDefined();
  await page.goto(`/brands/new?org=${organization!.id}`);
  await expect(page.getByText(`Will be created in ${organization!.name}.`)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused();
});

test('after "Create brand" the brand page is opened with the created state', async ({ page }) => {
  const name = uniqueName('Created state');
  await page.goto('/brands/new?theme=forest');
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('button', { name: 'Create brand' }).click();
  await expect(page).toHaveURL(/\/brands\/brand_/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  // React Router keeps navigation state in history.state.usr.
  expect(await page.evaluate(() => (history.state as { usr?: { created?: boolean } } | null)?.usr?.created)).toBe(true);
});
