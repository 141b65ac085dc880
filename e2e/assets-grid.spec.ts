import type { Page } from '@playwright/test';
import { createAssets, createBrand, newestFirst, uniqueName, type ApiAsset } from './assets-helpers';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';

// The grid against a brand this file creates and owns: 110 assets (six pages, more than the
// five the list keeps), so other specs writing to the shared sandbox cannot change the count.
const COUNT = 110;
let brand: { id: string; name: string };
let assets: ApiAsset[];

test.beforeAll(async () => {
  test.setTimeout(120_000);
  brand = await createBrand(uniqueName('Grid'));
  assets = newestFirst(await createAssets(COUNT, { prefix: 'Grid', brandId: brand.id }));
});

/** Index → asset id of every card in the DOM right now, plus the page's element count. */
async function sample(page: Page) {
  return page.evaluate(() => ({
    cards: [...document.querySelectorAll<HTMLElement>('[role="listitem"][data-asset-id]')].map((el) => [
      Number(el.dataset.index),
      el.dataset.assetId!,
    ]),
    elements: document.querySelectorAll('*').length,
    atBottom: window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2,
  }));
}

test('scrolling loads every page once, with no duplicates and exactly the seeded count', async ({ page }) => {
  const listRequests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.method() === 'GET' && url.pathname === '/v1/assets' && url.searchParams.get('brand_id') === brand.id) {
      listRequests.push(url.searchParams.get('after') ?? 'first');
    }
  });
  await page.goto(`/assets?brand=${brand.id}`);
  await expect(page.locator('[role="listitem"]').first()).toBeVisible();

  const idAt = new Map<number, string>();
  const indexOf = new Map<string, number>();
  let maxElements = 0;
  let firstElements = 0;
  for (let step = 0; step < 200; step++) {
    const { cards, elements, atBottom } = await sample(page);
    firstElements ||= elements;
    maxElements = Math.max(maxElements, elements);
    for (const [index, id] of cards as Array<[number, string]>) {
      expect(idAt.get(index) ?? id, `index ${index} shows one asset`).toBe(id);
      expect(indexOf.get(id) ?? index, `${id} appears at one index`).toBe(index);
      idAt.set(index, id);
      indexOf.set(id, index);
    }
    if (atBottom && (await page.getByText(`${COUNT} assets in all`).isVisible())) break;
    await page.mouse.wheel(0, 700);
    // Two frames: the scroll lands and the virtualiser renders the rows it uncovered.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }

  await expect(page.getByText(`${COUNT} assets in all`)).toBeVisible();
  expect(idAt.size).toBe(COUNT);
  expect(new Set(idAt.values())).toEqual(new Set(assets.map((a) => a.id)));
  // Newest first, positions 0…109 without a gap.
  expect([...idAt.entries()].sort((a, b) => a[0] - b[0]).map(([, id]) => id)).toEqual(assets.map((a) => a.id));
  expect([...idAt.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: COUNT }, (_, i) => i));
  expect(listRequests, 'each page requested once').toHaveLength(Math.ceil(COUNT / 20));
  expect(new Set(listRequests).size).toBe(listRequests.length);
  // Bounded relative to the first screen (one page of 20 cards, the shell and the brand rail):
  // rendering all 110 cards would multiply the cards' share of the page by five.
  expect(maxElements, 'the DOM stays bounded').toBeLessThan(firstElements * 2);

  // The list keeps five pages, so the first one was dropped: scrolling back fetches it again.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.locator(`[data-asset-id="${idAt.get(0)}"]`)).toBeVisible();
  expect(listRequests.filter((after) => after === 'first')).toHaveLength(2);
});

test('cards show name, type, usage and the linked brand, and pass axe', async ({ page }) => {
  await page.goto(`/assets?brand=${brand.id}`);
  const first = page.locator('[role="listitem"]').first();
  await expect(first).toContainText(assets[0]!.name);
  await expect(first).toContainText('Maybe use');
  await expect(first).toContainText(brand.name);
  const img = first.locator('img');
  await expect(img).toHaveAttribute('loading', 'lazy');
  await expect(img).toHaveAttribute('decoding', 'async');
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
  await expectNoSeriousA11yViolations(page, 'asset grid');
});

test('the grid works by keyboard: arrows move, Space selects, Escape clears, Enter opens', async ({ page }) => {
  await page.goto(`/assets?brand=${brand.id}`);
  const links = page.locator('[role="listitem"] a');
  await expect(links.first()).toBeVisible();
  await links.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: `Select ${assets[1]!.name}` })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Selected assets' })).toContainText('1 asset selected');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Selected assets' })).toBeHidden();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: assets[1]!.name });
  await expect(panel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(links.nth(1)).toBeFocused();
});

test('an empty filter offers "Add asset", and a failed load offers Retry', async ({ page, pageProblems }) => {
  const empty = await createBrand(uniqueName('Empty'));
  await page.goto(`/assets?brand=${empty.id}`);
  await expect(page.getByRole('heading', { name: 'No assets match these filters' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('button', { name: 'Add asset' })).toHaveCount(2);
  await expectNoSeriousA11yViolations(page, 'empty library');

  let failing = true;
  await page.route('**/v1/assets?*', (route) =>
    failing ? route.fulfill({ status: 500, json: { error: { code: 'INTERNAL_ERROR', message: 'Injected' } } }) : route.continue(),
  );
  await page.goto(`/assets?brand=${brand.id}&type=icon`);
  const alert = page.getByRole('alert').filter({ hasText: 'The assets could not load' });
  // Reads retry three times (about 1, 2 and 4 s) before the error shows.
  await expect(alert).toBeVisible({ timeout: 15_000 });
  await expectNoSeriousA11yViolations(page, 'library error');
  failing = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('[role="listitem"]').first()).toBeVisible();
  // The browser logs each failed request; those are the point of this test.
  pageProblems.list.splice(0, pageProblems.list.length, ...pageProblems.list.filter((p) => !/status of 500/.test(p)));
});
