import { expect, type Locator, type Page } from '@playwright/test';
import type { ApiAsset } from '../assets-helpers';

// Locators of a brand page's drag and drop (issue 11): its usage lanes, the Library panel, a card.

export const lane = (page: Page, mode: ApiAsset['usage_mode']) => page.locator(`[data-lane="${mode}"]`);
export const panel = (page: Page) => page.getByRole('complementary', { name: 'Library' });
export const card = (scope: Page | Locator, asset: ApiAsset) => scope.locator(`[data-asset-id="${asset.id}"]`);

type Point = { x: number; y: number };

/** Whether a drop target shows the drag over it (dropTargetClass: the solid outline). */
const showsOver = (target: Locator) => target.evaluate((element) => element.className.includes('outline-solid'));

/**
 * Carries a picked-up asset onto `target` with `move` (mouse or touch steps), until the target
 * shows the drag over it. A path that passes near the window's edges scrolls the page, which
 * moves the target from where it was measured (and dnd-kit's own window scrolling, since
 * replaced, sometimes scrolled it from the middle): then it is measured again and reached again,
 * a few times at most.
 */
export async function carryOnto(target: Locator | (() => Locator), move: (to: Point, steps: number) => Promise<void>) {
  for (let attempt = 0; ; attempt++) {
    const located = typeof target === 'function' ? target() : target;
    const box = await located.boundingBox();
    if (!box) throw new Error('drop target not visible');
    await move({ x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 60) }, attempt === 0 ? 15 : 3);
    try {
      await expect.poll(() => showsOver(located), { timeout: 3_000 }).toBe(true);
      return;
    } catch (error) {
      if (attempt === 4) throw error;
    }
  }
}
