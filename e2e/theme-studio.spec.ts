import type { APIRequestContext, Page } from '@playwright/test';
import type { Theme } from '../contract/index.ts';
import { expectNoSeriousA11yViolations } from './support/axe';
import { createBrand, createTheme, forgiveInjectedFailures, getBrand, getTheme, uniqueName } from './support/brands-api';
import { expect, test } from './support/fixtures';

// Issue 12, the theme studio's gallery and editor: every outcome is read back through the API.

const FOREST = {
  background: '#F4F7F2',
  foreground: '#1C2B20',
  muted: '#E2EBDD',
  card: '#FFFFFF',
  text_on_muted: '#3A4D3F',
  text_on_card: '#1C2B20',
  primary: '#2F6B3A',
  secondary: '#6B4F2A',
  tertiary: '#A3C4A0',
  text_on_primary: '#FFFFFF',
  text_on_secondary: '#FFFFFF',
  text_on_tertiary: '#1C2B20',
  border: '#C8D6C2',
};

const customTheme = (request: APIRequestContext, prefix: string): Promise<Theme> =>
  createTheme(request, { name: uniqueName(prefix), font_primary: 'Lora', font_secondary: 'Inter', colors: FOREST });

const hex = (page: Page, label: string) => page.getByLabel(`${label} hex`, { exact: true });

async function themeNamed(request: APIRequestContext, name: string): Promise<Theme | undefined> {
  const response = await request.get('/v1/themes?limit=20', {
    headers: { Authorization: `Bearer ${process.env.E2E_API_KEY}` },
  });
  return ((await response.json()) as { data: Theme[] }).data.find((t) => t.name === name);
}

test('from a brand: duplicate its system theme, change primary, fix contrast in one click, save, apply, reload', async ({
  page,
  request,
}) => {
  const brand = await createBrand(request, { name: uniqueName('Studio brand'), theme_id: 'forest' });
  await page.goto(`/brands/${brand.id}`);
  await page.getByRole('link', { name: 'Customize theme' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New theme' })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('from')).toBe('forest');
  const name = page.getByLabel('Name', { exact: true });
  await expect(name).toHaveValue('Forest copy');
  const themeName = uniqueName('Studio');
  await name.fill(themeName);

  // Mid grey: white text on it is 4.48:1, under AA.
  await hex(page, 'Primary').fill('#777');
  await hex(page, 'Primary').press('Tab');
  await expect(hex(page, 'Primary')).toHaveValue('#777777');
  const pair = page.locator('[data-pair="text_on_primary/primary"]');
  await expect(pair).toHaveAttribute('data-level', 'fail');
  await page.getByRole('button', { name: /^Fix Text on primary:/ }).click();
  await expect(pair).not.toHaveAttribute('data-level', 'fail');
  const fixed = await hex(page, 'Text on primary').inputValue();
  expect(fixed).not.toBe('#FFFFFF');
  await expectNoSeriousA11yViolations(page, 'theme editor');

  await page.getByRole('button', { name: 'Create theme' }).click();
  await expect(page).toHaveURL(/\/themes\/(?!new)[^/?]+\?/);
  const themeId = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1)!);
  expect(await getTheme(request, themeId)).toMatchObject({
    name: themeName,
    is_custom: true,
    colors: { ...FOREST, primary: '#777777', text_on_primary: fixed },
  });

  await page.getByRole('button', { name: `Apply to ${brand.name} and go back` }).click();
  await expect(page).toHaveURL(new RegExp(`/brands/${brand.id}`));
  await expect(page.getByRole('heading', { name: `Theme: ${themeName}` })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: `Theme: ${themeName}` })).toBeVisible();
  expect((await getBrand(request, brand.id)).brand?.theme_id).toBe(themeId);
});

test('a system theme cannot be edited in place: it offers a duplicate', async ({ page, request }) => {
  await page.goto('/themes/forest');
  await expect(page.getByText('System themes are read-only.')).toBeVisible();
  await expect(hex(page, 'Primary')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Save|Create/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'system theme');
  await page.getByRole('link', { name: 'Duplicate to edit' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Forest copy');
  await page.reload();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Forest copy');
  expect((await getTheme(request, 'forest')).colors).toEqual(FOREST);
});

test('a reload mid-edit offers the draft back; saving sends only the changed token', async ({ page, request }) => {
  const theme = await customTheme(request, 'Draft');
  await page.goto(`/themes/${theme.id}`);
  await hex(page, 'Border').fill('#123456');
  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expect(page.getByText('You have unsaved changes from earlier.')).toBeVisible();
  await expect(hex(page, 'Border')).toHaveValue('#C8D6C2');
  await page.getByRole('button', { name: 'Restore my changes' }).click();
  await expect(hex(page, 'Border')).toHaveValue('#123456');

  const patch = page.waitForRequest((r) => r.method() === 'PATCH' && r.url().includes(`/v1/themes/${theme.id}`));
  await page.getByRole('button', { name: 'Save changes' }).click();
  expect((await patch).postDataJSON()).toEqual({ colors: { border: '#123456' } });
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.reload();
  await expect(hex(page, 'Border')).toHaveValue('#123456');
  await expect(page.getByText('You have unsaved changes from earlier.')).toHaveCount(0);
  expect((await getTheme(request, theme.id)).colors).toEqual({ ...FOREST, border: '#123456' });
});

test('undo and redo by keyboard', async ({ page, request }) => {
  const theme = await customTheme(request, 'Undo');
  await page.goto(`/themes/${theme.id}`);
  await hex(page, 'Primary').fill('#AA0000');
  await hex(page, 'Primary').press('Tab');
  await hex(page, 'Secondary').fill('#00AA00');
  await hex(page, 'Secondary').press('Tab');

  await page.keyboard.press('Control+z');
  await expect(hex(page, 'Secondary')).toHaveValue(FOREST.secondary);
  await expect(hex(page, 'Primary')).toHaveValue('#AA0000');
  await page.keyboard.press('Control+z');
  await expect(hex(page, 'Primary')).toHaveValue(FOREST.primary);
  await page.keyboard.press('Control+Shift+z');
  await expect(hex(page, 'Primary')).toHaveValue('#AA0000');
  await expect(hex(page, 'Secondary')).toHaveValue(FOREST.secondary);
  await expect(page.getByRole('button', { name: 'Redo' })).toBeEnabled();

  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.reload();
  await expect(hex(page, 'Primary')).toHaveValue('#AA0000');
  expect((await getTheme(request, theme.id)).colors).toEqual({ ...FOREST, primary: '#AA0000' });
});

test('an API without theme writes (405): said plainly, the draft kept, export offered', async ({
  page,
  request,
  pageProblems,
}) => {
  await page.route('**/v1/themes', (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({ status: 405, json: { error: { code: 'METHOD_NOT_ALLOWED', message: 'Method not allowed.' } } })
      : route.fallback(),
  );
  await page.goto('/themes/new?from=forest');
  const themeName = uniqueName('Unsaved');
  await page.getByLabel('Name', { exact: true }).fill(themeName);
  await page.getByRole('button', { name: 'Create theme' }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'This API cannot save themes' });
  await expect(notice).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(themeName);
  await notice.getByRole('button', { name: 'Export this theme' }).click();
  await expect(page.getByRole('heading', { name: 'Export' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'cannot save');
  forgiveInjectedFailures(pageProblems, [405]);

  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await page.getByRole('button', { name: 'Restore my changes' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(themeName);
  expect(await themeNamed(request, themeName)).toBeUndefined();
});

test('deleting a theme a brand uses is refused (409), explained, and nothing changes; an unused one goes', async ({
  page,
  request,
  pageProblems,
}) => {
  const used = await customTheme(request, 'Used');
  const brand = await createBrand(request, { name: uniqueName('Uses it'), theme_id: used.id });
  await page.goto(`/themes/${used.id}`);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('alertdialog', { name: `Delete ${used.name}?` });
  await expect(dialog.getByRole('link', { name: brand.name })).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete theme' }).click();
  await expect(dialog.getByRole('alert')).toContainText('The theme was not deleted: a brand still uses it.');
  await expectNoSeriousA11yViolations(page, 'delete refused');
  forgiveInjectedFailures(pageProblems, [409]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: `Edit ${used.name}` })).toBeVisible();
  expect((await getTheme(request, used.id)).colors).toEqual(FOREST);
  expect((await getBrand(request, brand.id)).brand?.theme_id).toBe(used.id);

  const unused = await customTheme(request, 'Unused');
  await page.goto(`/themes/${unused.id}`);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete theme' }).click();
  await expect(page).toHaveURL(/\/themes$/);
  const gone = await request.get(`/v1/themes/${unused.id}`, {
    headers: { Authorization: `Bearer ${process.env.E2E_API_KEY}` },
  });
  expect(gone.status()).toBe(404);
});

test('the gallery: search and filter in the URL, usage counts, links to the studio', async ({ page, request }) => {
  const theme = await customTheme(request, 'Gallery');
  await createBrand(request, { name: uniqueName('Gallery brand'), theme_id: theme.id });
  await page.goto('/themes');
  const card = page.getByRole('article', { name: theme.name });
  await expect(card).toContainText('Used by 1 brand');
  await expectNoSeriousA11yViolations(page, 'gallery');

  await page.getByRole('searchbox', { name: 'Search themes' }).fill(theme.name);
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page.getByRole('article', { name: 'Forest' })).toHaveCount(0);
  await page.reload();
  await expect(card).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search themes' }).fill('');
  await page.getByLabel('Show').selectOption('system');
  await expect(page).toHaveURL(/kind=system/);
  await expect(page.getByRole('article', { name: 'Forest' })).toBeVisible();
  await expect(card).toHaveCount(0);

  await page.getByRole('link', { name: 'Duplicate Forest' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Forest copy');
  await page.goto('/themes');
  await expect(page.locator('[data-page-create]')).toHaveAttribute('href', '/themes/new');
  await expect(page.locator('[data-page-filter]')).toBeVisible();
});
