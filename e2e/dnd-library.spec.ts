import type { Locator, Page } from '@playwright/test';
import { createAssets, createBrand, getAsset, listAssets, newestFirst, uniqueName } from './assets-helpers';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { centre, pressAndLift } from './support/pointer-drag';
import { startSeededLibrary } from './support/seeded-library';

const rail = (page: Page) => page.getByRole('complementary', { name: 'Brand rail' });
const railTarget = (page: Page, key: string) => rail(page).locator(`[data-rail-target="${key}"]`);
const card = (page: Page, id: string) => page.locator(`[role="listitem"][data-asset-id="${id}"]`);
const liveRegion = (page: Page) => page.locator('[id^="DndLiveRegion"]');
const progress = (page: Page) => page.getByRole('region', { name: 'Bulk action progress' });

/** Real pointer movement, as dnd-kit needs it: down, many small moves, then up once the target says it is under the card. */
async function dragCardTo(page: Page, from: Locator, to: Locator): Promise<void> {
  await pressAndLift(page, from);
  await expect(page.getByTestId('drag-overlay')).toBeVisible();
  const end = await centre(to);
  await page.mouse.move(end.x, end.y, { steps: 12 });
  await expect(to).toHaveAttribute('data-drop', 'over');
  await page.mouse.up();
}

test('drag one card onto a brand of the rail links it, and it stays linked after a reload', async ({ page }) => {
  const source = await createBrand(uniqueName('Drag source'));
  const target = await createBrand(uniqueName('Drag target'));
  const [asset] = await createAssets(1, { prefix: uniqueName('Drag one'), brandId: source.id });
  await page.goto(`/assets?brand=${source.id}&rail=${encodeURIComponent(target.name)}`);
  await expect(card(page, asset!.id)).toBeVisible();
  await expect(railTarget(page, target.id)).toHaveAttribute('data-count', '0');

  await dragCardTo(page, card(page, asset!.id), railTarget(page, target.id));
  await expect.poll(async () => (await getAsset(asset!.id)).brand_id).toBe(target.id);

  await page.reload();
  await expect(railTarget(page, target.id)).toHaveAttribute('data-count', '1');
  expect((await getAsset(asset!.id)).brand_id).toBe(target.id);
});

test('a selection of 5 drags as one ("5 assets"), links all through the bulk queue, and one Undo restores all', async ({
  page,
}) => {
  const source = await createBrand(uniqueName('Drag many'));
  const target = await createBrand(uniqueName('Drag many target'));
  const assets = newestFirst(await createAssets(5, { prefix: uniqueName('Many'), brandId: source.id }));
  await page.goto(`/assets?brand=${source.id}&rail=${encodeURIComponent(target.name)}`);
  await expect(page.getByText('5 assets in all')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+A');
  await expect(page.getByRole('region', { name: 'Selected assets' })).toContainText('5 assets selected');

  await pressAndLift(page, card(page, assets[2]!.id));
  await expect(page.getByTestId('drag-overlay')).toContainText('5 assets');
  const end = await centre(railTarget(page, target.id));
  await page.mouse.move(end.x, end.y, { steps: 12 });
  await expect(railTarget(page, target.id)).toHaveAttribute('data-drop', 'over');
  await page.mouse.up();

  await expect(progress(page)).toContainText(`Link 5 assets to ${target.name}`);
  await expect(progress(page)).toContainText('5 of 5 done', { timeout: 20_000 });
  await page.reload();
  await expect.poll(async () => (await listAssets({ brand_id: target.id })).length).toBe(5);

  // Undo lives in the progress, which a reload closes: drag them back and undo that instead.
  await page.goto(`/assets?brand=${target.id}&rail=${encodeURIComponent(source.name)}`);
  await expect(page.getByText('5 assets in all')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+A');
  await dragCardTo(page, card(page, assets[0]!.id), railTarget(page, source.id));
  await expect(progress(page)).toContainText('5 of 5 done', { timeout: 20_000 });
  await progress(page).getByRole('button', { name: 'Undo' }).click();
  await expect(progress(page)).toContainText(`Undo: Link 5 assets to ${source.name}`);
  await expect(progress(page)).toContainText('5 of 5 done', { timeout: 20_000 });
  await page.reload();
  expect((await listAssets({ brand_id: target.id })).map((a) => a.id).sort()).toEqual(assets.map((a) => a.id).sort());
  expect(await listAssets({ brand_id: source.id })).toHaveLength(0);
});

test('dragging onto Unassigned unlinks; the brand it is in refuses the drop', async ({ page }) => {
  const source = await createBrand(uniqueName('Unlink source'));
  const [asset] = await createAssets(1, { prefix: uniqueName('Unlink'), brandId: source.id });
  await page.goto(`/assets?brand=${source.id}&rail=${encodeURIComponent(source.name)}`);
  await expect(card(page, asset!.id)).toBeVisible();

  // Over its own brand the target is refused: no highlight, and a drop there changes nothing.
  await pressAndLift(page, card(page, asset!.id));
  await expect(railTarget(page, source.id)).toHaveAttribute('data-drop', 'refused');
  await expect(railTarget(page, 'unassigned')).toHaveAttribute('data-drop', 'valid');
  const own = await centre(railTarget(page, source.id));
  await page.mouse.move(own.x, own.y, { steps: 12 });
  await expect(page.getByTestId('drag-overlay')).toHaveClass(/cursor-no-drop/);
  await expect(page.locator('html')).toHaveAttribute('data-drag-cursor', 'no');
  const none = await centre(railTarget(page, 'unassigned'));
  await page.mouse.move(none.x, none.y, { steps: 12 });
  await expect(railTarget(page, 'unassigned')).toHaveAttribute('data-drop', 'over');
  await page.mouse.up();

  await expect.poll(async () => (await getAsset(asset!.id)).brand_id).toBeNull();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No assets match these filters' })).toBeVisible();
  expect((await getAsset(asset!.id)).brand_id).toBeNull();
});

test('keyboard path: Space on the handle picks up, arrows move between targets with announcements, Space drops; axe clean mid-drag', async ({
  page,
}) => {
  const source = await createBrand(uniqueName('Keys source'));
  const target = await createBrand(uniqueName('Keys target'));
  const [asset] = await createAssets(1, { prefix: uniqueName('Keys'), brandId: source.id });
  await page.goto(`/assets?brand=${source.id}&rail=${encodeURIComponent(target.name)}`);
  const link = card(page, asset!.id).getByRole('link');
  await link.focus();
  await page.keyboard.press('Tab');
  const handle = page.getByRole('button', { name: `Drag ${asset!.name}` });
  await expect(handle).toBeFocused();

  // Escape cancels and nothing is written.
  await page.keyboard.press('Space');
  await expect(liveRegion(page)).toContainText(`Picked up ${asset!.name}.`);
  await page.keyboard.press('ArrowDown');
  await expect(liveRegion(page)).toContainText('Over Unassigned.');
  await page.keyboard.press('ArrowDown');
  await expect(liveRegion(page)).toContainText(`Over brand ${target.name}.`);
  await expect(railTarget(page, target.id)).toHaveAttribute('data-drop', 'over');
  await expectNoSeriousA11yViolations(page, 'library during a keyboard drag');
  await page.keyboard.press('Escape');
  await expect(liveRegion(page)).toContainText(`Cancelled. ${asset!.name} was not moved.`);
  expect((await getAsset(asset!.id)).brand_id).toBe(source.id);

  await handle.focus();
  await page.keyboard.press('Space');
  await expect(liveRegion(page)).toContainText(`Picked up ${asset!.name}.`);
  await page.keyboard.press('End');
  await expect(liveRegion(page)).toContainText(`Over brand ${target.name}.`);
  await page.keyboard.press('Space');
  await expect(liveRegion(page)).toContainText(`Dropped ${asset!.name} on brand ${target.name}.`);
  await expect.poll(async () => (await getAsset(asset!.id)).brand_id).toBe(target.id);
  await page.reload();
  expect((await getAsset(asset!.id)).brand_id).toBe(target.id);
});

test('menu path: every card has "Link to brand…" and "Unlink"', async ({ page }) => {
  const source = await createBrand(uniqueName('Menu source'));
  const target = await createBrand(uniqueName('Menu target'));
  const [asset] = await createAssets(1, { prefix: uniqueName('Menu'), brandId: source.id });
  await page.goto(`/assets?brand=${source.id}`);
  await card(page, asset!.id)
    .getByRole('button', { name: `Actions for ${asset!.name}` })
    .click();
  await page.getByRole('menuitem', { name: /Link to brand/ }).click();
  await page.getByRole('menuitem', { name: target.name, exact: true }).click();
  await expect.poll(async () => (await getAsset(asset!.id)).brand_id).toBe(target.id);

  await page.goto(`/assets?brand=${target.id}`);
  await card(page, asset!.id)
    .getByRole('button', { name: `Actions for ${asset!.name}` })
    .click();
  await page.getByRole('menuitem', { name: `Unlink from ${target.name}` }).click();
  await expect.poll(async () => (await getAsset(asset!.id)).brand_id).toBeNull();
  await page.reload();
  expect((await getAsset(asset!.id)).brand_id).toBeNull();
});

test('in a library of 10,000 assets a drag that auto-scrolls its card out of the page still drops', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const library = await startSeededLibrary(10_000);
  try {
    const target = await library.api<{ id: string; name: string }>('POST', '/v1/brands', {
      name: uniqueName('Far target'),
      theme_id: (await library.api<{ data: Array<{ id: string }> }>('GET', '/v1/themes?limit=1')).data[0]!.id,
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${library.url}/assets?rail=${encodeURIComponent(target.name)}`);
    const first = page.locator('[role="listitem"][data-asset-id]').first();
    await expect(first).toBeVisible({ timeout: 30_000 });
    const id = (await first.getAttribute('data-asset-id'))!;

    await pressAndLift(page, first);
    await expect(page.getByTestId('drag-overlay')).toBeVisible();
    // Near the bottom edge the page scrolls by itself, past the pages the list keeps (5 of 20),
    // so the picked card's page leaves the cache and its card leaves the DOM.
    await page.mouse.move(700, 790, { steps: 12 });
    await expect
      .poll(() => page.evaluate(() => window.scrollY), { timeout: 90_000, intervals: [250] })
      .toBeGreaterThan(9_000);
    await expect(card(page, id)).toHaveCount(0);
    await expect(page.getByTestId('drag-overlay')).toBeVisible();
    const end = await centre(railTarget(page, target.id));
    await page.mouse.move(end.x, end.y, { steps: 12 });
    await expect(railTarget(page, target.id)).toHaveAttribute('data-drop', 'over');
    await page.mouse.up();

    await expect
      .poll(async () => (await library.api<{ brand_id: string | null }>('GET', `/v1/assets/${id}`)).brand_id)
      .toBe(target.id);
    await page.reload();
    await expect(railTarget(page, target.id)).toHaveAttribute('data-count', '1');
    await context.close();
  } finally {
    await library.dispose();
  }
});
