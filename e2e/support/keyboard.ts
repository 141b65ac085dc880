import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Presses Tab until `target` has focus, like a keyboard user would, and fails if it takes more
 * than `maxPresses` (an unreachable or trapped control).
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 20): Promise<number> {
  for (let presses = 1; presses <= maxPresses; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  await expect(target, `reachable with ${maxPresses} Tab presses`).toBeFocused();
  return maxPresses;
}
