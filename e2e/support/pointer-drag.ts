import type { Locator, Page } from 'playwright-core';

// The start of every real mouse drag in the e2e suite and in B4 (bench/b4-*.ts), which imports
// it too: so playwright-core's types, and no test-runner import.

/** The centre of what `locator` shows on screen. */
export async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`not on screen: ${locator.toString()}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Presses the mouse on the centre of `handle` and moves past dnd-kit's 8 px threshold, in
 * steps (dnd-kit starts a drag from pointer moves, not from a jump). The caller waits for what
 * shows the drag started: the overlay, a highlighted target.
 */
export async function pressAndLift(page: Page, handle: Locator): Promise<void> {
  const at = await centre(handle);
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move(at.x + 12, at.y + 6, { steps: 4 });
}
