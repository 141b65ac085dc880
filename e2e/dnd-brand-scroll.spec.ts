import type { Locator, Page } from '@playwright/test';
import { api, createAssets, createBrand, getAsset, uniqueName, type ApiAsset } from './assets-helpers';
import { card, lane } from './support/brand-lanes';
import { expect, test } from './support/fixtures';
import { pressAndLift } from './support/pointer-drag';

// A brand page scrolls under a drag near the window's edges, and only there (issue 11). dnd-kit's
// own window scrolling sometimes ran away with the pointer in the middle of the window, up to the
// top of the page; the window now scrolls from the pointer alone.

/** A brand with twelve linked assets, Always and Never in turn: a page taller than the window. */
async function tallBrandPage(page: Page, label: string) {
  const brand = await createBrand(uniqueName(label));
  const assets = await createAssets(12, { prefix: uniqueName(label), brandId: brand.id });
  for (const [i, asset] of assets.entries()) {
    assets[i] = await api<ApiAsset>('PATCH', `/v1/assets/${asset.id}`, { usage_mode: i % 2 ? 'never' : 'always' });
  }
  await page.addInitScript(() => {
    const w = window as unknown as { __scrolls: number };
    w.__scrolls = 0;
    addEventListener('scroll', () => (w.__scrolls += 1));
  });
  await page.goto(`/brands/${brand.id}`);
  await expect(card(lane(page, 'always'), assets[0]!)).toBeVisible();
}

/** The top card of the Always lane (newest first): low cards sit under the toast of the last move. */
async function topAlways(page: Page) {
  const id = await lane(page, 'always').locator('[data-asset-id]').first().getAttribute('data-asset-id');
  return page.locator(`[data-asset-id="${id}"]`);
}
const handleOf = (from: Locator) => from.locator('[aria-roledescription="draggable asset"]');
const scrolls = (page: Page) => page.evaluate(() => (window as unknown as { __scrolls: number }).__scrolls);

test('carrying a card between lanes in the middle of the window never scrolls the page', async ({ page }) => {
  await tallBrandPage(page, 'Still page');
  for (let round = 0; round < 5; round++) {
    const moving = await topAlways(page);
    const id = (await moving.getAttribute('data-asset-id'))!;
    await handleOf(moving).evaluate((element) => element.scrollIntoView({ block: 'center' }));
    // The scroll event of scrollIntoView itself fires with the next frame: count from after it.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const y = await page.evaluate(() => scrollY);
    const before = await scrolls(page);
    await pressAndLift(page, handleOf(moving));
    await expect(page.getByTestId('drag-overlay')).toBeVisible();
    const target = (await lane(page, 'never').boundingBox())!;
    // Measured once: a page that scrolled under the drag would leave the pointer off the lane.
    await page.mouse.move(target.x + target.width / 2, target.y + Math.min(target.height / 2, 60), { steps: 12 });
    await expect(lane(page, 'never')).toHaveClass(/outline-solid/);
    await page.mouse.up();
    await expect(lane(page, 'never').locator(`[data-asset-id="${id}"]`)).toBeVisible();
    await expect.poll(async () => (await getAsset(id)).usage_mode).toBe('never');
    expect(await page.evaluate(() => scrollY)).toBe(y);
    expect(await scrolls(page)).toBe(before);
  }
});

test('holding a dragged card near the bottom or top edge of the window scrolls the page', async ({ page }) => {
  await tallBrandPage(page, 'Edge page');
  const moving = await topAlways(page);
  await handleOf(moving).evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await page.evaluate(() => window.scrollBy(0, -200));
  await pressAndLift(page, handleOf(moving));
  await expect(page.getByTestId('drag-overlay')).toBeVisible();
  const start = await page.evaluate(() => scrollY);
  const height = page.viewportSize()!.height;
  await page.mouse.move(600, height - 5, { steps: 5 });
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(start + 100);
  const low = await page.evaluate(() => scrollY);
  await page.mouse.move(600, 5, { steps: 5 });
  await expect.poll(() => page.evaluate(() => scrollY)).toBeLessThan(low - 100);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('drag-overlay')).toBeHidden();
});
