import type { Page } from '@playwright/test';

/**
 * Opens the landing page and waits until the browser has taken over the server's markup. The
 * cards are on screen before that (server-rendered), but a hover or a selection made before hydration does
 * nothing, as it would for a user who is quicker than the code. The mark is
 * APP_INTERACTIVE_MARK in src/app/provider.tsx.
 */
export async function openLanding(page: Page, path = '/brands'): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(() => performance.getEntriesByName('brandkit:interactive').length > 0);
}
