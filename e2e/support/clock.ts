import { expect, type Page, type Request } from '@playwright/test';

/**
 * Proves that an undo window closed without a request of the given kind, without waiting for the
 * window in real time: the page's clock (installed with `page.clock.install()` before `goto`) jumps
 * past it, firing its timers; then a request the page makes afterwards comes back, and Playwright
 * reports requests in order, so any request those timers started has been seen by then.
 */
export async function skipPastWithoutRequest(page: Page, ms: number, matches: (request: Request) => boolean): Promise<void> {
  const sent: string[] = [];
  const watch = (request: Request) => {
    if (matches(request)) sent.push(`${request.method()} ${request.url()}`);
  };
  page.on('request', watch);
  try {
    await page.clock.fastForward(ms);
    await page.evaluate(() => fetch('/health').then((r) => r.status));
  } finally {
    page.off('request', watch);
  }
  expect(sent, 'requests sent when the window closed').toEqual([]);
}
