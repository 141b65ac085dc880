import type { Page, Route } from '@playwright/test';
import {
  api,
  createAssets,
  createBrand,
  getAsset,
  listAssets,
  newestFirst,
  uniqueName,
  type ApiAsset,
} from './assets-helpers';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';

// Issue 16 §3, §5, §6, §7 in the asset library: search, card details, honest selection, the
// bulk bar's failures and its phone layout. Each test works on a brand it creates.

const toolbar = (page: Page) => page.getByRole('region', { name: 'Selected assets' });
const progress = (page: Page) => page.getByRole('region', { name: 'Bulk action progress' });
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search assets' });
/** A first load on the shared 2-core machine under full load can take longer than the default 15 s. */
const FIRST_LOAD = 45_000;
const cards = (page: Page) => page.locator('[role="listitem"][data-asset-id]');

test.describe('search', () => {
  // Four pages: past what the grid loads by itself, and past one page of the walk.
  const COUNT = 65;
  let brand: { id: string; name: string };
  let prefix: string;
  let assets: ApiAsset[];

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    prefix = uniqueName('Find');
    brand = await createBrand(uniqueName('Search'));
    assets = newestFirst(await createAssets(COUNT, { prefix, brandId: brand.id }));
    // Newest first: these two are on the first page.
    await api('PATCH', `/v1/assets/${assets[0]!.id}`, { tags: ['zebrastripe'] });
    await api('PATCH', `/v1/assets/${assets[1]!.id}`, { category: 'Wintersale' });
  });

  test('an asset beyond the loaded page: none in what is loaded, keep searching with a count, Stop', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    // The oldest asset, on the last page. The grid loads one or two pages (it depends on the
    // window); the walk's second request is held until Stop was seen, so the target is not read.
    const target = assets.at(-1)!;
    let armed = false;
    let walkRequests = 0;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/v1/assets?*after=*', async (route: Route) => {
      if (armed && ++walkRequests === 2) await held;
      await route.continue().catch(() => undefined);
    });
    try {
      await page.goto(`/assets?brand=${brand.id}`);
      await expect(cards(page).first()).toBeVisible({ timeout: FIRST_LOAD });
      // §7: no "20 assets loaded so far" while more pages exist.
      await expect(page.getByText(/loaded so far/)).toHaveCount(0);

      // Typed fast, every character kept (the field does not wait for the URL).
      await searchBox(page).pressSequentially(target.name, { delay: 10 });
      await expect(searchBox(page)).toHaveValue(target.name);
      await expect(page).toHaveURL(/[?&]q=Find\+/);
      const heading = page.getByRole('heading', { name: /^No matches in the (20|40) assets loaded$/ });
      await expect(heading).toBeVisible();
      const loaded = Number(/(\d+) assets/.exec((await heading.textContent()) ?? '')![1]);
      await expect(
        page.getByText(`Showing 0 matches among the ${loaded} assets loaded; later assets were not searched.`),
      ).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'search with no match in the loaded pages');

      armed = true;
      await page.getByRole('button', { name: 'Search all assets' }).click();
      await expect(page.getByText(`Searching… ${loaded + 20} assets searched so far, 0 matches found.`)).toBeVisible();
      await expect(page.getByRole('progressbar', { name: 'Searching later assets' })).toBeVisible();
      await page.getByRole('button', { name: 'Stop' }).click();
      await expect(
        page.getByRole('heading', { name: `No matches in the ${loaded + 20} assets searched` }),
      ).toBeVisible();
      await expect(page.getByRole('button', { name: 'Stop' })).toHaveCount(0);

      release();
      await page.getByRole('button', { name: 'Keep searching' }).click();
      await expect(page.getByText(`1 match among all ${COUNT} assets.`)).toBeVisible();
      await expect(cards(page)).toHaveCount(1);
      await expect(cards(page).first()).toContainText(target.name);
    } finally {
      release();
    }

    // The query is in the URL: a reload keeps the field; Clear search empties field and URL.
    await page.reload();
    await expect(searchBox(page)).toHaveValue(target.name);
    await expect(page.getByRole('heading', { name: /^No matches in the \d+ assets loaded$/ })).toBeVisible();
    await page.getByRole('main').getByRole('button', { name: 'Clear search' }).first().click();
    await expect(searchBox(page)).toHaveValue('');
    await expect(page).not.toHaveURL(/q=/);
    await expect(cards(page).first()).toBeVisible({ timeout: FIRST_LOAD });
  });

  test('a tag and a category find their assets; the bar counts selected assets the search hides', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/assets?brand=${brand.id}`);
    await expect(cards(page).first()).toBeVisible({ timeout: FIRST_LOAD });
    await searchBox(page).fill('zebrastripe');
    await expect(cards(page)).toHaveCount(1);
    await expect(cards(page).first()).toHaveAttribute('data-asset-id', assets[0]!.id);
    // The grid loads one or two pages by itself, depending on the window.
    await expect(
      page.getByText(/^Showing 1 match among the (20|40) assets loaded; later assets were not searched\.$/),
    ).toBeVisible();
    await cards(page).first().getByRole('checkbox').click();
    await expect(toolbar(page)).toContainText('1 asset selected');

    await searchBox(page).fill('wintersale');
    await expect(cards(page)).toHaveCount(1);
    await expect(cards(page).first()).toHaveAttribute('data-asset-id', assets[1]!.id);
    await expect(toolbar(page)).toContainText('1 asset selected, 1 not shown by this search');
    await toolbar(page).getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('alertdialog')).toContainText('1 of them is not shown by this search.');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    expect((await getAsset(assets[0]!.id)).id).toBe(assets[0]!.id);
  });
});

test('cards: full name in a tooltip and to screen readers, three tags then +N', async ({ page }) => {
  test.setTimeout(120_000);
  const brand = await createBrand(uniqueName('Cards'));
  const [made] = await createAssets(1, { prefix: uniqueName('Card'), brandId: brand.id });
  const longName = `${made!.name} quarterly campaign hero banner for the autumn launch in every European market`;
  await api('PATCH', `/v1/assets/${made!.id}`, {
    name: longName,
    tags: ['warm', 'outdoor', 'hero', 'festive', 'print'],
  });

  await page.goto(`/assets?brand=${brand.id}`);
  const card = cards(page).first();
  const link = card.getByRole('link');
  await expect(link).toHaveAccessibleName(new RegExp(`^${longName}, `));
  await expect(link).toHaveAccessibleName(/tags: warm, outdoor, hero, festive, print/);
  await expect(card).toContainText('+2');
  await expect(card).toContainText('hero');
  await expect(card).not.toContainText('festive');

  await link.hover();
  await expect(page.getByRole('tooltip')).toHaveText(longName);
  // Radix closes once the pointer moves on outside the path from the card to the tooltip.
  await page.mouse.move(600, 700, { steps: 4 });
  await page.mouse.move(640, 760, { steps: 4 });
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  // By keyboard: focus alone opens it.
  await link.focus();
  await expect(page.getByRole('tooltip')).toHaveText(longName);
  await expectNoSeriousA11yViolations(page, 'card tooltip');
  await page.keyboard.press('Escape');
});

test('videos show a frame of their own file, not the video icon', async ({ page }) => {
  test.setTimeout(120_000);
  // The seed's videos (a real WebM) in the personal scope.
  await page.goto('/assets?type=video');
  await expect(cards(page).first()).toBeVisible({ timeout: FIRST_LOAD });
  const video = cards(page).first().locator('video');
  await expect(video).toHaveAttribute('preload', 'metadata');
  await expect(video).toHaveAttribute('src', /#t=0\.1$/);
  await expect
    .poll(() => video.evaluate((el: HTMLVideoElement) => el.videoWidth), { timeout: 30_000 })
    .toBeGreaterThan(0);
  await expect(cards(page).first().locator('svg[data-type-icon]')).toHaveCount(0);
});

test('a bulk link that moves assets out of the filter deselects them and says so', async ({ page }) => {
  test.setTimeout(120_000);
  const source = await createBrand(uniqueName('Moved from'));
  const target = await createBrand(uniqueName('Moved to'));
  const assets = newestFirst(await createAssets(5, { prefix: uniqueName('Moved'), brandId: source.id }));
  await page.goto(`/assets?brand=${source.id}`);
  await expect(page.getByText('5 assets in all')).toBeVisible({ timeout: FIRST_LOAD });
  const boxes = page.locator('[role="listitem"] input[type="checkbox"]');
  await boxes.nth(0).click();
  await boxes.nth(2).click({ modifiers: ['Shift'] });
  await expect(toolbar(page)).toContainText('3 assets selected');

  await toolbar(page)
    .getByRole('button', { name: /^Link selected to brand/ })
    .click();
  await page.getByRole('searchbox', { name: 'Search brands' }).fill(target.name);
  await page.getByRole('button', { name: target.name, exact: true }).click();
  await expect(progress(page)).toContainText('3 of 3 done', { timeout: 20_000 });
  await expect(progress(page)).toContainText('3 selected assets no longer match this filter and were deselected.');
  await expect(toolbar(page)).toBeHidden();
  await expect(page).not.toHaveURL(/sel=/);
  await expect(page.getByText('2 assets in all')).toBeVisible({ timeout: FIRST_LOAD });
  for (const a of assets.slice(0, 3)) expect((await getAsset(a.id)).brand_id).toBe(target.id);
});

test('a bulk run with failures shows them in the bar in their own colour, with words', async ({
  page,
  pageProblems,
}) => {
  test.setTimeout(120_000);
  const brand = await createBrand(uniqueName('Failing'));
  const assets = newestFirst(await createAssets(5, { prefix: uniqueName('Fail'), brandId: brand.id }));
  const failing = new Set([assets[1]!.id, assets[3]!.id]);
  await page.route('**/v1/assets/asset_*', (route) => {
    const id = new URL(route.request().url()).pathname.split('/').at(-1)!;
    if (route.request().method() === 'PATCH' && failing.has(id)) {
      return route.fulfill({ status: 500, json: { error: { code: 'INTERNAL_ERROR', message: 'Injected failure.' } } });
    }
    return route.continue();
  });
  await page.goto(`/assets?brand=${brand.id}`);
  await expect(page.getByText('5 assets in all')).toBeVisible({ timeout: FIRST_LOAD });
  await page.keyboard.press('ControlOrMeta+A');
  await toolbar(page).getByRole('button', { name: 'Set usage' }).click();
  await page.getByRole('menuitem', { name: 'Never use' }).click();
  await expect(progress(page)).toContainText('3 of 5 done, 2 failed', { timeout: 30_000 });

  const bar = progress(page).getByRole('progressbar');
  await expect(bar).toHaveAttribute('aria-valuetext', '3 done, 2 failed, 0 to do');
  const done = bar.locator('[data-segment="done"]');
  const failed = bar.locator('[data-segment="failed"]');
  const width = async (l: typeof done) => (await l.boundingBox())?.width ?? 0;
  const barWidth = (await bar.boundingBox())!.width;
  expect(await width(failed)).toBeGreaterThan(barWidth * 0.35);
  expect(await width(done)).toBeGreaterThan(barWidth * 0.55);
  const colour = (l: typeof done) => l.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await colour(failed)).not.toBe(await colour(done));
  await expect(progress(page)).toContainText('2 failed');
  await expectNoSeriousA11yViolations(page, 'bulk progress with failures');
  // The browser logs each injected 500 (one PATCH per failed item); wait for both, then drop them.
  await expect.poll(() => pageProblems.list.filter((p) => p.includes('status of 500')).length).toBe(2);
  pageProblems.list.splice(
    0,
    pageProblems.list.length,
    ...pageProblems.list.filter((p) => !p.includes('status of 500')),
  );
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the bulk bar is one short row with an Actions menu, and checkboxes are 24 px', async ({ page }) => {
    test.setTimeout(150_000);
    const brand = await createBrand(uniqueName('Phone'));
    const assets = newestFirst(await createAssets(4, { prefix: uniqueName('Phone'), brandId: brand.id }));
    await page.goto(`/assets?brand=${brand.id}`);
    await expect(page.getByText('4 assets in all')).toBeVisible({ timeout: FIRST_LOAD });
    const boxes = page.locator('[role="listitem"] input[type="checkbox"]');
    await boxes.nth(0).click();
    await expect(toolbar(page)).toContainText('1 asset selected');

    const bar = (await toolbar(page).boundingBox())!;
    expect(bar.height).toBeLessThanOrEqual(64);
    expect(bar.x).toBeGreaterThanOrEqual(0);
    expect(bar.x + bar.width).toBeLessThanOrEqual(390);
    // Nothing a stray tap could hit by mistake: Clear selection lives in the menu.
    await expect(toolbar(page).getByRole('button', { name: 'Clear selection' })).toHaveCount(0);
    const first = (await boxes.nth(0).boundingBox())!;
    expect(first.width).toBeGreaterThanOrEqual(24);
    expect(first.height).toBeGreaterThanOrEqual(24);
    // The bar leaves the checkbox just used clear.
    expect(first.y + first.height).toBeLessThan(bar.y);
    const unassigned = (await page.getByLabel('Unassigned only').boundingBox())!;
    expect(Math.min(unassigned.width, unassigned.height)).toBeGreaterThanOrEqual(24);
    // A tap on the next card's checkbox reaches it (Playwright clicks only what is not covered).
    await boxes.nth(1).click();
    await expect(toolbar(page)).toContainText('2 assets selected');

    await toolbar(page).getByRole('button', { name: 'Actions' }).click();
    const menu = page.getByRole('dialog', { name: 'Bulk actions' });
    await expect(menu).toBeVisible();
    const menuBox = (await menu.boundingBox())!;
    expect(menuBox.x).toBeGreaterThanOrEqual(0);
    expect(menuBox.x + menuBox.width).toBeLessThanOrEqual(390);
    await expectNoSeriousA11yViolations(page, 'phone bulk menu');
    await menu.getByRole('button', { name: 'Set usage' }).click();
    await page.getByRole('menuitem', { name: 'Always use' }).click();
    await expect(progress(page)).toContainText('2 of 2 done', { timeout: 20_000 });
    for (const a of assets.slice(0, 2)) expect((await getAsset(a.id)).usage_mode).toBe('always');
    expect((await listAssets({ brand_id: brand.id })).filter((a) => a.usage_mode === 'always')).toHaveLength(2);

    await toolbar(page).getByRole('button', { name: 'Actions' }).click();
    await page.getByRole('dialog', { name: 'Bulk actions' }).getByRole('button', { name: 'Clear selection' }).click();
    await expect(toolbar(page)).toBeHidden();
  });
});
