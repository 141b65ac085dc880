import { api, createBrand, dropLoggedStatus, fixtureImage, uniqueName, type ApiAsset } from './assets-helpers';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';

// Filters over data this file owns: one brand with two photos and one icon, and a second brand.
let brand: { id: string; name: string };
let other: { id: string; name: string };
const made: Record<string, ApiAsset> = {};

test.beforeAll(async () => {
  const tag = uniqueName('Filters');
  brand = await createBrand(tag);
  other = await createBrand(`${tag} other`);
  for (const [key, type, brandId] of [
    ['photoA', 'photo', brand.id],
    ['photoB', 'photo', brand.id],
    ['icon', 'icon', brand.id],
    ['otherPhoto', 'photo', other.id],
  ] as const) {
    made[key] = await api<ApiAsset>('POST', '/v1/assets', {
      source_url: fixtureImage(Object.keys(made).length),
      name: `${tag} ${key}`,
      type,
      brand_id: brandId,
    });
  }
});

const cardNames = (page: import('@playwright/test').Page) =>
  page.locator('[role="listitem"] a > span > span:first-child').allTextContents();

test('type and brand filters combine, live in the URL and survive a reload', async ({ page }) => {
  // Starts on this file's other brand: the unfiltered list is everyone's, and changes under us.
  await page.goto(`/assets?brand=${other.id}`);
  await expect.poll(() => cardNames(page)).toEqual([made.otherPhoto!.name]);

  await page.getByLabel('Type').selectOption('photo');
  await expect(page).toHaveURL(/type=photo/);

  await page.getByRole('button', { name: /^Brand filter/ }).click();
  await page.getByRole('searchbox', { name: 'Search brands' }).fill(brand.name);
  await page.getByRole('button', { name: brand.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`brand=${brand.id}`));
  await expect.poll(() => cardNames(page).then((n) => n.sort())).toEqual([made.photoA!.name, made.photoB!.name].sort());

  await page.reload();
  await expect(page.getByLabel('Type')).toHaveValue('photo');
  await expect(page.getByRole('button', { name: `Brand filter: ${brand.name}` })).toBeVisible();
  await expect.poll(() => cardNames(page).then((n) => n.sort())).toEqual([made.photoA!.name, made.photoB!.name].sort());
  await expectNoSeriousA11yViolations(page, 'filtered library');

  // Back undoes one filter change at a time.
  await page.getByLabel('Type').selectOption('icon');
  await expect.poll(() => cardNames(page)).toEqual([made.icon!.name]);
  await page.goBack();
  await expect(page.getByLabel('Type')).toHaveValue('photo');
  await expect.poll(() => cardNames(page).then((n) => n.length)).toBe(2);
});

test('"Unassigned only" replaces a brand filter, and "Clear filters" resets', async ({ page, pageProblems }) => {
  await page.goto(`/assets?brand=${brand.id}&type=photo`);
  await expect.poll(() => cardNames(page).then((n) => n.length)).toBe(2);
  // click, not check(): the box follows the URL, which the router updates in a transition.
  await page.getByLabel('Unassigned only').click();
  await expect(page).toHaveURL(/unassigned=1/);
  await expect(page.getByLabel('Unassigned only')).toBeChecked();
  await expect(page).not.toHaveURL(/brand=/);
  // The previous grid stays on screen until the new page arrives (placeholderData): poll.
  await expect
    .poll(() => cardNames(page).then((names) => names.some((name) => name.startsWith(brand.name))))
    .toBe(false);
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(page).not.toHaveURL(/unassigned|type=|brand=/);
  await expect(page.getByLabel('Unassigned only')).not.toBeChecked();
  // These views list everyone's assets; another spec may delete one while its thumbnail loads.
  dropLoggedStatus(pageProblems.list, 404);
});

test('a filter change keeps the previous grid until the new page arrives', async ({ page }) => {
  await page.goto(`/assets?brand=${brand.id}`);
  await expect.poll(() => cardNames(page).then((n) => n.length)).toBe(3);
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/v1/assets?*type=icon*`, async (route) => {
    await held;
    await route.continue();
  });
  const before = await page.locator('[role="list"]').boundingBox();
  await page.getByLabel('Type').selectOption('icon');
  await expect(page.getByText('Updating results…')).toBeVisible();
  await expect(page.locator('[role="list"]')).toHaveAttribute('aria-busy', 'true');
  expect(await cardNames(page)).toHaveLength(3);
  expect((await page.locator('[role="list"]').boundingBox())?.y).toBe(before?.y);
  release();
  await expect.poll(() => cardNames(page)).toEqual([made.icon!.name]);
  await expect(page.locator('[role="list"]')).not.toHaveAttribute('aria-busy', 'true');
});

test('switching scope drops a brand filter from the old scope', async ({ page }) => {
  const orgs = await api<{ data: Array<{ id: string; name: string }> }>('GET', '/v1/organizations');
  test.skip(orgs.data.length === 0, 'the seed has no organizations');
  await page.goto(`/assets?brand=${other.id}`);
  await expect.poll(() => cardNames(page)).toEqual([made.otherPhoto!.name]);
  await page.getByRole('banner').getByLabel('Scope').selectOption(orgs.data[0]!.id);
  await expect(page).toHaveURL(new RegExp(`org=${orgs.data[0]!.id}`));
  await expect(page).not.toHaveURL(/brand=/);
});
