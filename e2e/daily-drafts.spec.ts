import type { Page, Route } from '@playwright/test';
import { api, createBrand as createAssetBrand, fixtureImage, type ApiAsset } from './assets-helpers';
import { expectNoSeriousA11yViolations } from './support/axe';
import { createBrand, forgiveInjectedFailures, getBrand, uniqueName } from './support/brands-api';
import { expect, test } from './support/fixtures';

// Issue 16 §4, §5 and §8: nothing typed is lost silently, every save says so where the user is
// looking, and focus lands somewhere sensible when an editor closes.

const activeLabel = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return `${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim()}`;
  });

let assetBrand: { id: string; name: string };
test.beforeAll(async () => {
  assetBrand = await createAssetBrand(uniqueName('Drafts'));
  // A tag in use, for the suggestions.
  await api('POST', '/v1/assets', {
    source_url: fixtureImage(60),
    name: uniqueName('Tag source'),
    brand_id: assetBrand.id,
    tags: ['campaign-winter'],
  });
});

async function openAsset(page: Page) {
  const asset = await api<ApiAsset>('POST', '/v1/assets', {
    source_url: fixtureImage(61),
    name: uniqueName('Drawer'),
    brand_id: assetBrand.id,
  });
  await page.goto(`/assets?brand=${assetBrand.id}`);
  await page.locator(`[data-asset-id="${asset.id}"] a`).click();
  const panel = page.getByRole('dialog', { name: asset.name });
  await expect(panel).toBeVisible();
  return { asset, panel };
}

test('the asset drawer asks before Escape, × or a click outside discards an edit', async ({ page }) => {
  const { asset, panel } = await openAsset(page);
  const name = panel.getByLabel('Name', { exact: true });
  await name.fill('A better name');
  const question = page.getByRole('alertdialog', { name: `Discard your changes to ${asset.name}?` });

  await name.press('Escape');
  await expect(question).toBeVisible();
  await expect(question.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'discard asset changes');
  await question.getByRole('button', { name: 'Keep editing' }).click();
  await expect(question).toBeHidden();
  await expect(panel).toBeVisible();
  await expect(name).toHaveValue('A better name');

  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Keep editing' }).click();
  await expect(name).toHaveValue('A better name');

  // A click on the backdrop, left of the panel.
  await page.mouse.click(40, 400);
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Discard' }).click();
  await expect(panel).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/assets\\?brand=${assetBrand.id}$`));
  expect((await api<ApiAsset>('GET', `/v1/assets/${asset.id}`)).name).toBe(asset.name);
});

test('Escape in the tag field keeps the typed tag, and an added tag is not dropped on close', async ({ page }) => {
  const { asset, panel } = await openAsset(page);
  const tags = panel.getByRole('combobox', { name: 'Tags' });
  await tags.fill('campaign');
  await expect(panel.getByRole('option', { name: 'campaign-winter' })).toBeVisible();
  // Escape closes the suggestions only.
  await tags.press('Escape');
  await expect(panel.getByRole('listbox', { name: 'Tag suggestions' })).toBeHidden();
  await expect(tags).toHaveValue('campaign');
  await expect(panel).toBeVisible();

  // With nothing to close, Escape reaches the panel, which asks: the typed tag counts.
  const question = page.getByRole('alertdialog', { name: `Discard your changes to ${asset.name}?` });
  await tags.press('Escape');
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Keep editing' }).click();
  await expect(tags).toHaveValue('campaign');

  await tags.fill('hero');
  await tags.press('Enter');
  await expect(panel.getByRole('list', { name: 'Tags' })).toContainText('hero');
  await tags.press('Escape');
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Keep editing' }).click();
  await panel.getByRole('button', { name: 'Save changes' }).click();
  const saved = panel.getByRole('status').filter({ hasText: 'Saved' });
  await expect(saved).toBeVisible();
  await expect(saved).toHaveAttribute('role', 'status');
  expect((await api<ApiAsset>('GET', `/v1/assets/${asset.id}`)).tags).toEqual(['hero']);
  // Saved: nothing to lose, so Escape closes at once.
  await panel.getByRole('button', { name: 'Save changes' }).focus();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(question).toBeHidden();
});

test('Cancel asks before dropping a long instruction edit; focus returns to "Edit instruction"', async ({
  page,
  request,
}) => {
  const brand = await createBrand(request, { name: uniqueName('Long edit'), ai_instruction: 'Short.' });
  await page.goto(`/brands/${brand.id}`);
  const edit = page.getByRole('button', { name: 'Edit instruction' });
  await edit.click();
  const textarea = page.getByRole('textbox', { name: 'AI instruction' });
  const long = 'Write plainly. '.repeat(200);
  await textarea.fill(long);
  await page.getByRole('button', { name: 'Cancel' }).click();

  const question = page.getByRole('alertdialog', { name: 'Discard your changes to the AI instruction?' });
  await expect(question).toBeVisible();
  await expect(question.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'discard instruction');
  await question.getByRole('button', { name: 'Keep editing' }).click();
  await expect(textarea).toHaveValue(long);

  await page.getByRole('button', { name: 'Cancel' }).click();
  await question.getByRole('button', { name: 'Discard' }).click();
  await expect(textarea).toBeHidden();
  await expect(page.getByTestId('ai-instruction')).toHaveText('Short.');
  await expect(edit).toBeFocused();

  // Nothing typed: Cancel closes without a question.
  await edit.click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(textarea).toBeHidden();
  await expect(question).toBeHidden();
  await expect(edit).toBeFocused();
});

test('saving the instruction says "Saved" beside it and puts focus on "Edit instruction"', async ({
  page,
  request,
}) => {
  const brand = await createBrand(request, { name: uniqueName('Saved status') });
  await page.goto(`/brands/${brand.id}`);
  await page.getByRole('button', { name: 'Edit instruction' }).click();
  await page.getByRole('textbox', { name: 'AI instruction' }).fill('Warm and brief.');
  await page.getByRole('button', { name: 'Save instruction' }).click();
  const section = page.getByRole('region', { name: 'AI instruction' });
  await expect(section.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved');
  await expect(page.getByRole('button', { name: 'Edit instruction' })).toBeFocused();
  expect(await activeLabel(page)).toBe('button:Edit instruction');
  expect((await getBrand(request, brand.id)).brand?.ai_instruction).toBe('Warm and brief.');
});

test('renaming says "Saved" under the title; Escape in rename puts focus back on Rename', async ({
  page,
  request,
}) => {
  const brand = await createBrand(request, { name: uniqueName('Rename status') });
  const renamed = uniqueName('Renamed');
  await page.goto(`/brands/${brand.id}`);
  const header = page.getByRole('main').locator('header');
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('textbox', { name: 'Brand name' }).fill(renamed);
  await page.getByRole('textbox', { name: 'Brand name' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(renamed);
  await expect(header.getByRole('status')).toHaveText('Saved');
  await expect(page.getByRole('button', { name: 'Rename' })).toBeFocused();

  await page.getByRole('button', { name: 'Rename' }).click();
  // A new edit: the line stops talking about the last save.
  await expect(header.getByRole('status')).toHaveText('');
  await page.getByRole('textbox', { name: 'Brand name' }).fill('Never mind');
  await page.getByRole('textbox', { name: 'Brand name' }).press('Escape');
  await expect(page.getByRole('textbox', { name: 'Brand name' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Rename' })).toBeFocused();
  expect(await activeLabel(page)).toBe('button:Rename');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(renamed);
});

/** Answers every PATCH of the brand 503 once `gate` opens; holds the brand's re-reads after a failure. */
async function failRename(page: Page, brandId: string) {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const held: Route[] = [];
  let failed = false;
  await page.route(`**/v1/brands/${brandId}`, async (route) => {
    const method = route.request().method();
    if (method === 'PATCH') {
      await gate;
      failed = true;
      return route.fulfill({ status: 503, json: { error: { code: 'UNAVAILABLE', message: 'The server is busy.' } } });
    }
    // The refresh after the rollback never answers: the outcome must not wait for it.
    if (method === 'GET' && failed) {
      held.push(route);
      return;
    }
    return route.continue();
  });
  return { open: () => open(), held };
}

test('a failed rename says "Not saved" after the rollback and reopens the editor with the text', async ({
  page,
  request,
  pageProblems,
}) => {
  const brand = await createBrand(request, { name: uniqueName('Rename fails') });
  const fault = await failRename(page, brand.id);
  await page.goto(`/brands/${brand.id}`);
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('textbox', { name: 'Brand name' }).fill('Typed with care');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Typed with care');
  fault.open();

  const header = page.getByRole('main').locator('header');
  await expect(header.getByRole('status')).toHaveText('Not saved: The server is busy.');
  await expect(page.getByRole('textbox', { name: 'Brand name' })).toHaveValue('Typed with care');
  await expect(page.getByText('Your text is back in the editor.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(brand.name);
  expect((await getBrand(request, brand.id)).brand?.name).toBe(brand.name);
  forgiveInjectedFailures(pageProblems, [503]);
});

test('a rename that fails while the editor is open again offers "Edit again" with the failed text', async ({
  page,
  request,
  pageProblems,
}) => {
  const brand = await createBrand(request, { name: uniqueName('Edit again') });
  const fault = await failRename(page, brand.id);
  await page.goto(`/brands/${brand.id}`);
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('textbox', { name: 'Brand name' }).fill('First try');
  await page.getByRole('button', { name: 'Save name' }).click();
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('textbox', { name: 'Brand name' }).fill('Second thought');
  fault.open();

  const toast = page.locator('[data-sonner-toast]').filter({ hasText: 'The name was not saved' });
  await expect(toast).toBeVisible();
  await expect(toast).not.toContainText('still in the editor');
  // The text being typed now is not replaced behind the user's back.
  await expect(page.getByRole('textbox', { name: 'Brand name' })).toHaveValue('Second thought');
  await toast.getByRole('button', { name: 'Edit again' }).click();
  await expect(page.getByRole('textbox', { name: 'Brand name' })).toHaveValue('First try');
  forgiveInjectedFailures(pageProblems, [503]);
});

test('after "Create brand" the new brand opens with focus on its title (needs the create page change)', async ({
  page,
}) => {
  const name = uniqueName('Focus on arrival');
  await page.goto('/brands/new');
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('radio', { name: /Forest/ }).click();
  await expect(page.getByRole('radio', { name: /Forest/ })).toBeChecked();
  await page.getByRole('button', { name: 'Create brand' }).click();
  const title = page.getByRole('heading', { level: 1, name });
  await expect(title).toBeVisible();
  await expect(title).toBeFocused();
  await expect(title).toBeInViewport();
});
