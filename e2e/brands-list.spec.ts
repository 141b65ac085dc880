import { expectNoSeriousA11yViolations } from './support/axe';
import { createBrand, forgiveInjectedFailures, listOrganizations, uniqueName } from './support/brands-api';
import { expect, test } from './support/fixtures';
import { tabTo } from './support/keyboard';
import type { Page } from '@playwright/test';
import { openLanding } from './support/landing';

/**
 * The landing page comes server-rendered with its first page (for an early first card paint), so a request the browser
 * never makes cannot be held or failed. The list's own loading, empty and error states belong to
 * the browser's fetch: opened from another page through the main navigation.
 */
async function openBrandsFromThemes(page: Page): Promise<void> {
  await page.goto('/themes');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Brands' }).click();
  await expect(page).toHaveURL(/\/brands$/);
}

// The brand list. Each test creates the brands it looks for (the sandbox is shared).

test('list then detail: a new brand shows as a card and opens its page', async ({ page, request }) => {
  const brand = await createBrand(request, { name: uniqueName('List card'), theme_id: 'forest' });

  await openLanding(page);
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: brand.name, exact: true }) });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Forest');
  await expect(card).toContainText('Merriweather · Open Sans');
  await expect(card).toContainText('No linked assets');
  await expectNoSeriousA11yViolations(page, 'brand list');

  await card.getByRole('link', { name: brand.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/brands/${brand.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(brand.name);
  await expect(page).toHaveTitle(`${brand.name} · Brandkit Studio`);
});

test('the list is usable by keyboard alone', async ({ page, request }) => {
  const brand = await createBrand(request, { name: uniqueName('Keyboard card') });
  await openLanding(page);
  const link = page.getByRole('link', { name: brand.name, exact: true });
  await expect(link).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'Create brand' }));
  await tabTo(page, link, 40);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(brand.name);
});

test('hovering a card prefetches its detail', async ({ page, request }) => {
  const brand = await createBrand(request, { name: uniqueName('Prefetch card') });
  await openLanding(page);
  const link = page.getByRole('link', { name: brand.name, exact: true });
  await expect(link).toBeVisible();
  const prefetch = page.waitForRequest((req) => req.method() === 'GET' && req.url().endsWith(`/v1/brands/${brand.id}`));
  await link.hover();
  await prefetch;
  // Opening it now needs no skeleton: the detail is already cached.
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(brand.name);
});

test('infinite scroll loads the next page before the end, newest first', async ({ page, request }) => {
  const org = (await listOrganizations(request))[0]!;
  // 22 new brands in one organization: more than one page of 20, all newer than the seed.
  const brands: Array<{ id: string; name: string }> = [];
  for (let i = 0; i < 22; i++)
    brands.push(await createBrand(request, { name: uniqueName(`Scroll ${i}`), org_id: org.id }));
  const names = brands.map((b) => b.name);

  const pages: string[] = [];
  page.on('request', (req) => {
    if (req.url().includes('/v1/brands?')) pages.push(new URL(req.url()).searchParams.get('after') ?? 'first');
  });
  await openLanding(page, `/brands?org=${org.id}`);
  await expect(page.getByRole('combobox', { name: 'Scope' })).toHaveValue(org.id);
  // Newest first: the last one created leads the grid.
  await expect(page.getByRole('main').getByRole('listitem').first()).toContainText(names.at(-1)!);
  const grid = page.getByRole('region', { name: 'Brands' });
  await expect(grid.getByRole('link', { name: names.at(-20)!, exact: true })).toBeVisible();
  await page.mouse.wheel(0, 4000);
  await expect(grid.getByRole('link', { name: names[0]!, exact: true })).toBeVisible();
  // The first page came with the server-rendered HTML; the browser asks for the next one
  // after the last card it has, the 20th newest.
  expect(pages[0]).toBe(brands.at(-20)!.id);
  expect(pages).not.toContain('first');
});

test('the scope switcher lists organizations and scopes the list through ?org=', async ({ page, request }) => {
  const org = (await listOrganizations(request))[0]!;
  const orgBrand = await createBrand(request, { name: uniqueName('Org scoped'), org_id: org.id });
  const personal = await createBrand(request, { name: uniqueName('Personal scoped') });

  await openLanding(page);
  await expect(page.getByRole('link', { name: personal.name, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: orgBrand.name, exact: true })).toHaveCount(0);

  await page.getByRole('combobox', { name: 'Scope' }).selectOption({ label: org.name });
  await expect(page).toHaveURL(new RegExp(`[?&]org=${org.id}`));
  await expect(page.getByRole('link', { name: orgBrand.name, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: personal.name, exact: true })).toHaveCount(0);

  // Create keeps the scope, and so does the main navigation.
  await expect(page.getByRole('main').getByRole('link', { name: 'Create brand' })).toHaveAttribute(
    'href',
    `/brands/new?org=${org.id}`,
  );
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assets' })).toHaveAttribute(
    'href',
    `/assets?org=${org.id}`,
  );
  await page.getByRole('combobox', { name: 'Scope' }).selectOption({ label: 'Personal' });
  await expect(page).toHaveURL(/\/brands$/);
  await expect(page.getByRole('link', { name: personal.name, exact: true })).toBeVisible();
});

test('skeleton cards while loading, then the cards in the same place', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/v1/brands?*', async (route) => {
    await held;
    await route.continue();
  });
  await openBrandsFromThemes(page);
  const region = page.getByRole('region', { name: 'Brands' });
  await expect(region).toHaveAttribute('aria-busy', 'true');
  const skeleton = await region.locator('li').first().boundingBox();
  release();
  await expect(region).not.toHaveAttribute('aria-busy', 'true');
  const card = await region.getByRole('listitem').first().boundingBox();
  expect(card).toEqual(skeleton);
});

test('an empty scope offers "Create brand"', async ({ page }) => {
  await page.route('**/v1/brands?*', (route) => route.fulfill({ json: { object: 'list', data: [], has_more: false } }));
  await openBrandsFromThemes(page);
  await expect(page.getByRole('heading', { name: 'No brands yet' })).toBeVisible();
  const create = page.getByRole('main').getByRole('link', { name: 'Create brand' });
  await expect(create).toHaveCount(2);
  await create.last().click();
  await expect(page).toHaveURL(/\/brands\/new$/);
});

test('a failed list shows the error with a working retry, announced and axe-clean', async ({
  page,
  request,
  pageProblems,
}) => {
  const brand = await createBrand(request, { name: uniqueName('After retry') });
  let failing = true;
  await page.route('**/v1/brands?*', (route) =>
    failing
      ? route.fulfill({ status: 500, json: { error: { code: 'INTERNAL_ERROR', message: 'Injected failure.' } } })
      : route.continue(),
  );
  await openBrandsFromThemes(page);
  // The query policy retries a 500 three times (about 1, 2, 4 s) before giving up.
  const alert = page.getByRole('alert').filter({ hasText: 'The brands could not be loaded' });
  await expect(alert).toBeVisible({ timeout: 15_000 });
  await expect(alert).toContainText('Injected failure.');
  await expectNoSeriousA11yViolations(page, 'brand list error');
  failing = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('link', { name: brand.name, exact: true })).toBeVisible();
  forgiveInjectedFailures(pageProblems, [500]);
});
