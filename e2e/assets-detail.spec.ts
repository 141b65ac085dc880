import type { Page } from '@playwright/test';
import { api, createBrand, fixtureImage, uniqueName, type ApiAsset } from './assets-helpers';
import { expectNoSeriousA11yViolations } from './support/axe';
import { skipPastWithoutRequest } from './support/clock';
import { expect, test } from './support/fixtures';

let brand: { id: string; name: string };

test.beforeAll(async () => {
  brand = await createBrand(uniqueName('Detail'));
  // A tag in use elsewhere in the list, for the autocomplete.
  await api('POST', '/v1/assets', {
    source_url: fixtureImage(40),
    name: uniqueName('Tag source'),
    brand_id: brand.id,
    tags: ['campaign-autumn'],
  });
});

const newAsset = (name: string, extra: Record<string, unknown> = {}) =>
  api<ApiAsset>('POST', '/v1/assets', { source_url: fixtureImage(41), name, brand_id: brand.id, tags: ['first'], ...extra });

const dropLoggedFailures = (list: string[], status: number) =>
  list.splice(0, list.length, ...list.filter((p) => !p.includes(`status of ${status}`)));

async function openPanel(page: Page, asset: ApiAsset) {
  await page.goto(`/assets?brand=${brand.id}`);
  await page.locator(`[data-asset-id="${asset.id}"] a`).click();
  const panel = page.getByRole('dialog', { name: asset.name });
  await expect(panel).toBeVisible();
  return panel;
}

test('the panel shows the facts, and tag and usage edits persist', async ({ page }) => {
  const asset = await newAsset(uniqueName('Editable'));
  const panel = await openPanel(page, asset);
  await expect(page).toHaveURL(new RegExp(`/assets/${asset.id}\\?brand=${brand.id}`));
  for (const text of ['PNG', '64 × 48 px', asset.name.toLowerCase().replace(/ /g, '-')]) {
    await expect(panel).toContainText(text);
  }
  await expect(panel.getByRole('img', { name: `Preview of ${asset.name}` })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'asset panel');

  await panel.getByLabel('Usage').selectOption('never');
  const tags = panel.getByRole('combobox', { name: 'Tags' });
  await tags.fill('hero');
  await tags.press('Enter');
  await tags.fill('campaign');
  await expect(panel.getByRole('option', { name: 'campaign-autumn' })).toBeVisible();
  await tags.press('ArrowDown');
  await tags.press('Enter');
  await panel.getByRole('button', { name: 'Remove tag first' }).click();
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  const saved = await api<ApiAsset>('GET', `/v1/assets/${asset.id}`);
  expect(saved.usage_mode).toBe('never');
  expect(saved.tags).toEqual(['hero', 'campaign-autumn']);

  await page.reload();
  const again = page.getByRole('dialog', { name: asset.name });
  await expect(again.getByLabel('Usage')).toHaveValue('never');
  await expect(again.getByRole('list', { name: 'Tags' })).toHaveText(/hero.*campaign-autumn/);
  await again.getByRole('button', { name: 'Close' }).click();
  await expect(page).toHaveURL(new RegExp(`/assets\\?brand=${brand.id}$`));
  await expect(page.locator(`[data-asset-id="${asset.id}"]`)).toContainText('Never use');
});

test('a failed save keeps every typed character and says why', async ({ page, pageProblems }) => {
  const asset = await newAsset(uniqueName('Failing save'));
  const panel = await openPanel(page, asset);
  await page.route(`**/v1/assets/${asset.id}`, (route) =>
    route.request().method() === 'PATCH'
      ? route.fulfill({ status: 400, json: { error: { code: 'VALIDATION_ERROR', message: 'Bad', details: [{ path: 'name', message: 'That name is taken.' }] } } })
      : route.continue(),
  );
  const name = panel.getByLabel('Name', { exact: true });
  await name.fill('A name typed with care');
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect(panel.getByText('That name is taken.')).toBeVisible();
  await expect(name).toHaveValue('A name typed with care');
  await expect(name).toBeFocused();
  expect((await api<ApiAsset>('GET', `/v1/assets/${asset.id}`)).name).toBe(asset.name);
  dropLoggedFailures(pageProblems.list, 400);
});

test('delete asks first, can be undone, and then deletes', async ({ page }) => {
  const asset = await newAsset(uniqueName('Deletable'));
  await page.clock.install();
  let panel = await openPanel(page, asset);
  await panel.getByRole('button', { name: 'Delete asset' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(panel).toBeHidden();
  await expect(page.locator(`[data-asset-id="${asset.id}"]`)).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator(`[data-asset-id="${asset.id}"]`)).toHaveCount(1);
  await skipPastWithoutRequest(page, 6_500 /* past the 6 s undo window of api/assets-delete.ts */, (r) => r.method() === 'DELETE');
  expect((await api<ApiAsset>('GET', `/v1/assets/${asset.id}`)).id).toBe(asset.id);

  panel = await openPanel(page, asset);
  await panel.getByRole('button', { name: 'Delete asset' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect
    .poll(() => api('GET', `/v1/assets/${asset.id}`).then(() => 'exists', (e: Error) => (/404/.test(e.message) ? 'gone' : e.message)), {
      timeout: 12_000,
    })
    .toBe('gone');
});

test('a refused delete is explained in plain words and offers "Unlink instead"', async ({ page, pageProblems }) => {
  const asset = await newAsset(uniqueName('Refused'));
  await page.route(`**/v1/assets/${asset.id}`, (route) =>
    route.request().method() === 'DELETE'
      ? route.fulfill({ status: 409, json: { error: { code: 'CONFLICT', message: 'Conflict' } } })
      : route.continue(),
  );
  const panel = await openPanel(page, asset);
  await panel.getByRole('button', { name: 'Delete asset' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete', exact: true }).click();
  const refusal = page.getByText(/would not delete .* because it is in use/);
  await expect(refusal).toBeVisible({ timeout: 12_000 });
  await expect(refusal).toContainText(`linked to ${brand.name}`);
  await expect(page.locator(`[data-asset-id="${asset.id}"]`)).toHaveCount(1);
  await page.getByRole('button', { name: 'Unlink instead' }).click();
  await expect.poll(async () => (await api<ApiAsset>('GET', `/v1/assets/${asset.id}`)).brand_id).toBeNull();
  dropLoggedFailures(pageProblems.list, 409);
});

test('an asset that no longer exists gets a plain error in the panel, and the grid stays usable', async ({ page, pageProblems }) => {
  await page.goto(`/assets/asset_00000000000000000000000000?brand=${brand.id}`);
  const panel = page.getByRole('dialog', { name: 'Asset not available' });
  await expect(panel.getByRole('alert')).toContainText('This asset no longer exists');
  await expectNoSeriousA11yViolations(page, 'asset panel error');
  await panel.getByRole('button', { name: 'Back to the library' }).click();
  await expect(page).toHaveURL(new RegExp(`/assets\\?brand=${brand.id}$`));
  await expect(page.locator('[role="listitem"]').first()).toBeVisible();
  dropLoggedFailures(pageProblems.list, 404);
});
