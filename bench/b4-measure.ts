import type { Page } from 'playwright-core';

// In the page before the app: a frame counter (rAF), long tasks, the moment of each pointerup,
// and when each PATCH's response reached the page (fetch is wrapped, the app calls it late):
// its headers (fetch resolves) and its whole body (the app's response.text() resolves, about a
// millisecond later). The app learns what failed from the body, so (d) counts from that.
export const INSTRUMENT = `
  const b4 = (window.__b4 = { frame: 0, frames: [], longTasks: [], up: null, watch: null, result: null, responses: [], bodies: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b4.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('pointerup', () => { b4.up = { frame: b4.frame, time: performance.now() }; }, true);
  const originalFetch = window.fetch;
  window.fetch = async (...args) => {
    const response = await originalFetch(...args);
    if (args[1] && args[1].method === 'PATCH') {
      b4.responses.push(performance.now());
      const text = response.text.bind(response);
      response.text = async () => {
        const body = await text();
        b4.bodies.push(performance.now());
        return body;
      };
    }
    return response;
  };
  const shows = (w) => {
    // On a brand page: the card inside the lane it was dropped on.
    if (w.lane) return Boolean(document.querySelector('[data-lane="' + w.lane + '"] [data-asset-id="' + w.asset + '"]'));
    const card = document.querySelector('[role="listitem"][data-asset-id="' + w.asset + '"]');
    const target = document.querySelector('[data-rail-target="' + w.brand + '"]');
    return Boolean(card && target && card.textContent.includes(w.brandName) === w.linked && target.dataset.count === String(w.count));
  };
  const tick = () => {
    b4.frame += 1;
    const now = performance.now();
    b4.frames.push(now);
    const w = b4.watch;
    if (w && b4.up && !b4.result && shows(w)) {
      b4.result = { frames: b4.frame - b4.up.frame, ms: now - b4.up.time, upTime: b4.up.time, at: now };
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
`;

export type Watch = LibraryWatch | { asset: string; lane: string };
interface LibraryWatch {
  asset: string;
  brand: string;
  brandName: string;
  /** Whether the card should name the brand (a drop) or not (after a rollback). */
  linked: boolean;
  count: number;
}
export interface Result {
  frames: number;
  ms: number;
  upTime: number;
  at: number;
}

/**
 * Releases the mouse over a target the card was carried to, and measures: frames and the longest
 * long task from pointerup to the first frame that shows `watch`, then (for the record) the
 * longest task in the second after that frame.
 */
export async function measureRelease(page: Page, watch: Watch) {
  await page.evaluate(
    (w) => Object.assign((window as never as { __b4: object }).__b4, { watch: w, result: null, up: null }),
    watch,
  );
  await page.mouse.up();
  await page.waitForFunction(() => (window as never as { __b4: { result: unknown } }).__b4.result !== null, null, {
    polling: 100,
    timeout: 30_000,
  });
  const { result, longTasks } = (await page.evaluate(() => (window as never as { __b4: unknown }).__b4)) as {
    result: Result;
    longTasks: Array<{ start: number; duration: number }>;
  };
  const during = longTasks.filter((t) => t.start + t.duration >= result.upTime && t.start <= result.at);
  // Let the write and the refetches settle before the next drop.
  await page.waitForTimeout(1_500);
  // For the record, not a target: what the drop left for later (dnd-kit's end, the PATCH, the
  // refetches) must not be one long task either.
  const later = (
    (await page.evaluate(() => (window as never as { __b4: { longTasks: unknown } }).__b4.longTasks)) as Array<{
      start: number;
      duration: number;
    }>
  ).filter((t) => t.start > result.at && t.start <= result.at + 1_000);
  return {
    frames: result.frames,
    ms: result.ms,
    longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
    // Each long task in the window as [its start less the pointerup's, its length]: one that began
    // well before the pointerup was already running when the mouse was let go.
    windowTasks: during.map((t) => [t.start - result.upTime, t.duration].map((ms) => Math.round(ms))),
    longestLaterMs: Math.max(0, ...later.map((t) => t.duration)),
  };
}
