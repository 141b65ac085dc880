import type { CDPSession, Locator, Page } from '@playwright/test';
import { createAssets, createBrand, getAsset, uniqueName } from './assets-helpers';
import { card, carryOnto, lane, panel } from './support/brand-lanes';
import { expect, test } from './support/fixtures';

// Touch on a brand's page (issue 11): a long press picks a card up, a swipe does not. Real touch
// events through the DevTools protocol (Playwright has no touch move); read back through the API.

test.use({ hasTouch: true });

async function centerOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 60) };
}

/** A new brand's page with the Library panel open, one unassigned asset in it, and a touch channel. */
async function brandPageWithLooseAsset(page: Page, label: string) {
  const brand = await createBrand(uniqueName(label));
  const loose = (await createAssets(1, { prefix: uniqueName(label) }))[0]!;
  await page.goto(`/brands/${brand.id}?panel=library`);
  const source = card(panel(page), loose);
  await source.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  return { brand, loose, from: await centerOf(source), cdp: await page.context().newCDPSession(page) };
}

const touch = (cdp: CDPSession, type: 'touchStart' | 'touchMove' | 'touchEnd', at?: { x: number; y: number }) =>
  cdp.send('Input.dispatchTouchEvent', { type, touchPoints: at ? [{ x: at.x, y: at.y }] : [] });

test('touch: a long press picks the card up and a drag onto a lane links it', async ({ page }) => {
  const { brand, loose, from, cdp } = await brandPageWithLooseAsset(page, 'Touch');

  // Hold still until the long press picks the card up: the overlay is the state to wait on.
  await touch(cdp, 'touchStart', from);
  await expect(page.getByTestId('drag-overlay')).toBeVisible();
  let at = from;
  await carryOnto(lane(page, 'never'), async (to, steps) => {
    const start = at;
    for (let step = 1; step <= steps; step++) {
      at = { x: start.x + ((to.x - start.x) * step) / steps, y: start.y + ((to.y - start.y) * step) / steps };
      await touch(cdp, 'touchMove', at);
    }
  });
  await touch(cdp, 'touchEnd');

  await expect(card(lane(page, 'never'), loose)).toBeVisible();
  await expect.poll(async () => (await getAsset(loose.id)).brand_id).toBe(brand.id);
  expect((await getAsset(loose.id)).usage_mode).toBe('never');
  await page.reload();
  await expect(card(lane(page, 'never'), loose)).toBeVisible();
});

test('touch: a quick swipe over a card moves nothing', async ({ page }) => {
  const { loose, from, cdp } = await brandPageWithLooseAsset(page, 'Swipe');
  const to = await centerOf(lane(page, 'always'));

  // Moving more than the 5 px slack at once, before any long press: that is a swipe, not a drag.
  await touch(cdp, 'touchStart', from);
  await touch(cdp, 'touchMove', { x: from.x + 40, y: from.y });
  await touch(cdp, 'touchMove', to);
  await touch(cdp, 'touchEnd');

  await expect(page.getByTestId('drag-overlay')).toHaveCount(0);
  await expect(card(lane(page, 'always'), loose)).toHaveCount(0);
  expect((await getAsset(loose.id)).brand_id).toBeNull();
});
