import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { createBrand, listOrganizations, uniqueName } from './support/brands-api';
import { expect, test } from './support/fixtures';
import { openLanding } from './support/landing';

// The command palette (Ctrl/Cmd+K) and the keyboard shortcuts (g b/a/t, /, n, ?).

const auth = () => ({ Authorization: `Bearer ${process.env.E2E_API_KEY}` });

async function openPalette(page: Page) {
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Command palette' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('combobox', { name: 'Go to or do' });
  await expect(input).toBeFocused();
  return { dialog, input };
}

test('Ctrl+K finds a brand by part of its name and Enter opens it; Escape gives focus back', async ({
  page,
  request,
}) => {
  const brand = await createBrand(request, { name: uniqueName('Palette target') });
  const part = brand.name.split(' ').slice(-1)[0]!;
  await openLanding(page);

  // Escape closes the palette and focus returns to where it was.
  const home = page.getByRole('link', { name: 'Brandkit Studio' });
  await home.focus();
  const first = await openPalette(page);
  await page.keyboard.press('Escape');
  await expect(first.dialog).toBeHidden();
  await expect(home).toBeFocused();

  const { dialog, input } = await openPalette(page);
  await input.fill(part);
  const option = dialog.getByRole('option', { name: brand.name });
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/brands/${brand.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(brand.name);
  await expect(dialog).toBeHidden();
});

test('a brand beyond the first page is found by fetching further pages as you type', async ({ page, request }) => {
  // The second organization: the brand list's own journeys fill the first one.
  const org = (await listOrganizations(request))[1]!;
  const target = await createBrand(request, { name: uniqueName('Deep palette'), org_id: org.id });
  const newer: string[] = [];
  // 21 newer brands push the target off the first page of 20 (newest first).
  for (let i = 0; i < 21; i++)
    newer.push((await createBrand(request, { name: uniqueName(`Filler ${i}`), org_id: org.id })).id);
  try {
    await openLanding(page, `/brands?org=${org.id}`);
    const grid = page.getByRole('region', { name: 'Brands' });
    await expect(grid.getByRole('link', { name: /^Filler 20 / })).toBeVisible();
    await expect(grid.getByRole('link', { name: target.name, exact: true })).toHaveCount(0);

    const nextPage = page.waitForRequest((r) => r.url().includes('/v1/brands?') && r.url().includes('after='));
    const { dialog, input } = await openPalette(page);
    await input.fill(target.name.split(' ').slice(1).join(' '));
    await nextPage;
    const option = dialog.getByRole('option', { name: target.name });
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/brands/${target.id}\\?org=${org.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.name);
  } finally {
    // Leave the organization as it was for the journeys that count its brands.
    for (const id of [target.id, ...newer]) await request.delete(`/v1/brands/${id}`, { headers: auth() });
  }
});

test('actions from the palette: create brand, and every shortcut listed beside its action', async ({ page }) => {
  await openLanding(page);
  const { dialog, input } = await openPalette(page);
  // With nothing typed: pages with their sequences, `n` beside this page's create action.
  await expect(dialog.getByRole('option', { name: 'Brands g then b' })).toBeVisible();
  await expect(dialog.getByRole('option', { name: 'Assets g then a' })).toBeVisible();
  await expect(dialog.getByRole('option', { name: 'Themes g then t' })).toBeVisible();
  await expect(dialog.getByRole('option', { name: 'Create brand n' })).toBeVisible();
  await expect(dialog.getByRole('option', { name: 'Show keyboard shortcuts ?' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'command palette');

  await input.fill('create brand');
  await expect(dialog.getByRole('option', { name: /^Create brand/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/brands\/new$/);
  await expect(page).toHaveTitle('New brand · Brandkit Studio');
});

test('Toggle dark mode from the palette, which stays axe clean in dark', async ({ page }) => {
  await openLanding(page);
  // Chromium here prefers light, so the toggle goes to dark.
  await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
  const first = await openPalette(page);
  await first.input.fill('dark mode');
  await expect(first.dialog.getByRole('option', { name: 'Toggle dark mode' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await openPalette(page);
  await expectNoSeriousA11yViolations(page, 'command palette, dark');
});

test('under the server key the palette offers the own key, not a sign-out that would change nothing', async ({
  page,
}) => {
  await openLanding(page, '/assets');
  // The library renders in the browser: its heading says the shell, with its key listener, is there.
  await expect(page.getByRole('heading', { level: 1, name: 'Assets' })).toBeVisible();
  const { dialog, input } = await openPalette(page);
  // With nothing typed every entry shows, in one group: the own key is there, a sign-out is not.
  await expect(dialog.getByRole('option', { name: 'Use your own key' })).toBeVisible();
  await expect(dialog.getByRole('option', { name: /Sign out/ })).toHaveCount(0);
  await input.fill('own key');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/connect\?next=%2Fassets$/);
});

test('g a goes to assets, / focuses its search, and g b typed there stays text', async ({ page }) => {
  await openLanding(page);
  await page.keyboard.press('g');
  await page.keyboard.press('a');
  await expect(page).toHaveURL(/\/assets$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Assets' })).toBeVisible();

  const search = page.getByRole('searchbox', { name: 'Search assets' });
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  // Typed into the field, the keys are text: no navigation, and the `/` was not typed.
  await page.keyboard.type('gb');
  await expect(search).toHaveValue('gb');
  await expect(page).toHaveURL(/\/assets(\?q=gb)?$/);
});

test('? lists the shortcuts of the page, n on the library opens its add dialog', async ({ page }) => {
  await openLanding(page, '/assets');
  await expect(page.getByRole('heading', { level: 1, name: 'Assets' })).toBeVisible();
  await page.keyboard.press('?');
  const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(overlay).toBeVisible();
  for (const row of [
    'Go to brands',
    'Go to assets',
    'Go to themes',
    'Search or filter this page',
    'Add asset',
    'Select every loaded asset',
    'Clear the selection',
  ])
    await expect(overlay.getByRole('term').filter({ hasText: row })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'shortcut overlay');
  await page.keyboard.press('Escape');
  await expect(overlay).toBeHidden();

  // `n` on the library opens its add dialog.
  await page.keyboard.press('n');
  await expect(page.getByRole('dialog', { name: 'Add an asset' })).toBeVisible();
  await expect(page).toHaveURL(/add=1/);
});

test('n on /brands opens create; g b comes back; keys with modifiers do nothing', async ({ page }) => {
  await openLanding(page);
  await page.keyboard.press('n');
  await expect(page).toHaveURL(/\/brands\/new$/);
  // Out of the form's fields, so the keys reach the page.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Alt+g');
  await page.keyboard.press('b');
  await expect(page).toHaveURL(/\/brands\/new$/);
  await page.keyboard.press('g');
  await page.keyboard.press('b');
  await expect(page).toHaveURL(/\/brands$/);
});
