import { createBrand, fixtureImage, listAssets, uniqueName } from './assets-helpers';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';

let brand: { id: string; name: string };

test.beforeAll(async () => {
  brand = await createBrand(uniqueName('Add'));
});

async function openDialog(page: import('@playwright/test').Page) {
  await page.goto(`/assets?brand=${brand.id}`);
  await page.getByRole('button', { name: 'Add asset' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add an asset' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('adding from an https address shows the new thumbnail at the top at once', async ({ page }) => {
  const dialog = await openDialog(page);
  await expect(page).toHaveURL(/add=1/);
  await expect(dialog.getByRole('link', { name: 'Open NextDocs' })).toHaveAttribute('rel', 'noopener noreferrer');
  await expectNoSeriousA11yViolations(page, 'add asset dialog');

  const name = uniqueName('Added');
  await dialog.getByLabel('Image or video address (https://)').fill(fixtureImage(123));
  await dialog.getByLabel('Name (optional)').fill(name);
  await dialog.getByLabel('Brand').selectOption(brand.id);
  const tags = dialog.getByRole('combobox', { name: 'Tags (optional)' });
  await tags.fill('fresh');
  await tags.press('Enter');
  const posts: string[] = [];
  page.on('request', (r) => r.method() === 'POST' && r.url().endsWith('/v1/assets') && posts.push(r.url()));
  await dialog.getByRole('button', { name: 'Add asset' }).click();

  await expect(dialog).toBeHidden();
  await expect(page).not.toHaveURL(/add=1/);
  const first = page.locator('[role="listitem"]').first();
  await expect(first).toContainText(name);
  await expect.poll(() => first.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(64);
  expect(posts).toHaveLength(1);

  const stored = await listAssets({ brand_id: brand.id });
  expect(stored.filter((a) => a.name === name)).toMatchObject([{ tags: ['fresh'], brand_id: brand.id, usage_mode: 'always' }]);
});

test('http: is refused before sending, with the reason shown and the input kept', async ({ page }) => {
  const dialog = await openDialog(page);
  let posted = 0;
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().includes('/v1/assets')) posted += 1;
  });
  const address = dialog.getByLabel('Image or video address (https://)');
  await address.fill('http://example.com/logo.png');
  await dialog.getByLabel('Name (optional)').fill('Kept name');
  await dialog.getByRole('button', { name: 'Add asset' }).click();
  await expect(dialog.getByRole('alert')).toContainText('uses http:');
  await expect(address).toHaveValue('http://example.com/logo.png');
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Name (optional)')).toHaveValue('Kept name');

  await address.fill('data:image/png;base64,iVBORw0KGgo=');
  await dialog.getByRole('button', { name: 'Add asset' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Upload the file in NextDocs first');
  expect(posted).toBe(0);
  await expectNoSeriousA11yViolations(page, 'add asset dialog with an error');
});

test("the server's refusal is shown under the address and every input is kept", async ({ page, pageProblems }) => {
  const dialog = await openDialog(page);
  const address = dialog.getByLabel('Image or video address (https://)');
  const source = `${process.env.E2E_FIXTURE_ORIGIN}/notes.txt`;
  await address.fill(source);
  await dialog.getByLabel('Category (optional)').fill('Docs');
  await dialog.getByRole('button', { name: 'Add asset' }).click();
  await expect(dialog.getByRole('alert').first()).toBeVisible({ timeout: 15_000 });
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expect(address).toHaveValue(source);
  await expect(dialog.getByLabel('Category (optional)')).toHaveValue('Docs');
  pageProblems.list.splice(0, pageProblems.list.length, ...pageProblems.list.filter((p) => !p.includes('status of 400')));
});
