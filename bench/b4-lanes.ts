import type { CDPSession, Page } from 'playwright-core';
import type { SeededLibrary } from '../e2e/support/seeded-library.ts';
import { pressAndLift } from '../e2e/support/pointer-drag.ts';
import { measureRelease } from './b4-measure.ts';

const LANE_ASSETS = 12;
const DROPS = 7;

interface Drop {
  frames: number;
  ms: number;
  longestTaskMs: number;
  longestLaterMs: number;
}

/**
 * Presses a card's handle and moves past the drag threshold until the overlay shows. Full runs of
 * B4 stopped here (no overlay in 30 s): the card was low in the window, under the toast of the
 * previous move (bottom right), and the press went to the toast. The card is now scrolled to the
 * middle of the window first; a press that still picks nothing up is let go and tried again.
 */
async function pickUp(page: Page, assetId: string): Promise<void> {
  const handle = page.locator(`[data-asset-id="${assetId}"] [aria-roledescription="draggable asset"]`);
  for (let attempt = 0; ; attempt++) {
    await handle.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await pressAndLift(page, handle);
    try {
      await page.getByTestId('drag-overlay').waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      await page.mouse.up();
      if (attempt === 2) throw error;
      console.warn(`B4 lanes: the press on ${assetId} did not pick it up; trying again`);
    }
  }
}

/** Picks a card of a brand page up by its handle and carries it over a lane, down to just before the release. */
async function carryToLane(page: Page, assetId: string, lane: string): Promise<void> {
  await pickUp(page, assetId);
  // Should the page scroll under the drag (dnd-kit's own window scrolling did, before EdgeScroller
  // replaced it), the lane moves from where it was measured: measure again and move again.
  for (let attempt = 0; ; attempt++) {
    const target = await page.locator(`[data-lane="${lane}"]`).boundingBox();
    if (!target) throw new Error(`lane ${lane} is not on screen`);
    await page.mouse.move(target.x + target.width / 2, target.y + Math.min(target.height / 2, 60), {
      steps: attempt === 0 ? 12 : 3,
    });
    try {
      // Highlighted as the target under the card (dropTargetClass).
      await page.waitForFunction(
        (l) => document.querySelector(`[data-lane="${l}"]`)?.className.includes('outline-solid'),
        lane,
        { timeout: 3_000 },
      );
      return;
    } catch (error) {
      if (attempt === 4) throw error;
    }
  }
}

/**
 * B4 on a brand's page, for the record (the targets are the library's): one card moved
 * between the Always and Never lanes of a brand with 12 linked assets, seven times at each rate.
 */
export async function laneRounds(page: Page, cdp: CDPSession, library: SeededLibrary, theme: string) {
  const brand = await library.api<{ id: string }>('POST', '/v1/brands', { name: 'B4 Lanes', theme_id: theme });
  const loose = await library.api<{ data: Array<{ id: string }> }>(
    'GET',
    `/v1/assets?unassigned=true&limit=${LANE_ASSETS}`,
  );
  for (const [i, asset] of loose.data.entries()) {
    const usage_mode = i % 2 ? 'never' : 'always';
    await library.api('PATCH', `/v1/assets/${asset.id}`, { brand_id: brand.id, usage_mode });
  }
  const moving = loose.data[0]!.id;
  await page.goto(`${library.url}/brands/${brand.id}`);
  await page.locator(`[data-lane="always"] [data-asset-id="${moving}"]`).waitFor();
  await page.waitForTimeout(500);

  const round = async (rate: number) => {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const drops: Drop[] = [];
    for (let i = 0; i < DROPS; i++) {
      const inAlways = (await page.locator(`[data-lane="always"] [data-asset-id="${moving}"]`).count()) > 0;
      const lane = inAlways ? 'never' : 'always';
      await carryToLane(page, moving, lane);
      drops.push(await measureRelease(page, { asset: moving, lane }));
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return drops;
  };
  return { at1x: await round(1), at4x: await round(4) };
}
