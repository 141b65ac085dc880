import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startFront, type LandingVariant } from './b2-front.ts';
import { CHROMIUM, buildSpa, emit, freePort, median, startServer } from './support.ts';

const KEY = 'nxd_bench_b2_0123456789abcdef';
/** Runs per variant and CPU rate, alternating the variants so drift hits them alike. */
const RUNS = 7;
const TARGET_RATIO = 1.15;
const MAX_TASK_MS = 150;
const FIRST_CARD_MESSAGE = 'b2:first-card';
const INTERACTIVE_MESSAGE = 'b2:interactive';
const INTERACTIVE_MARK = 'brandkit:interactive';

interface RunResult {
  firstCardMs: number;
  /** When the hydrated app first committed (null for the floor, which has no script). */
  interactiveMs: number | null;
  /** The longest task that started before the page became interactive (or in the whole run). */
  longestTaskMs: number;
  cls: number;
  /** What moved, when anything did: element and class, to find the cause. */
  shifted: string[];
}

interface Collected {
  firstCard: number | null;
  interactive: number | null;
  tasks: Array<{ start: number; duration: number }>;
  cls: number;
  shifted: string[];
}

/**
 * Runs in the page before any of its own script: the paint of the first element marked
 * elementtiming="brand-card" (Element Timing, from navigation start), every long task, the
 * layout-shift total, and the app's interactive mark. The runner waits for console messages:
 * polling from Playwright would inject its own large script into the page while it loads.
 */
function observe(): void {
  const w = window as unknown as { __b2: Collected };
  w.__b2 = { firstCard: null, interactive: null, tasks: [], cls: 0, shifted: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Array<PerformanceEntry & { identifier?: string; renderTime?: number }>) {
      if (entry.identifier === 'brand-card' && w.__b2.firstCard === null) {
        w.__b2.firstCard = entry.renderTime || entry.startTime;
        console.log(FIRST_CARD_MESSAGE);
      }
    }
  }).observe({ type: 'element', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name !== INTERACTIVE_MARK || w.__b2.interactive !== null) continue;
      w.__b2.interactive = entry.startTime;
      console.log(INTERACTIVE_MESSAGE);
    }
  }).observe({ type: 'mark', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__b2.tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
      if (entry.hadRecentInput) continue;
      w.__b2.cls += entry.value;
      for (const source of (entry as unknown as { sources?: Array<{ node?: Node | null }> }).sources ?? []) {
        const node = source.node as Element | null | undefined;
        w.__b2.shifted.push(
          `${Math.round(entry.startTime)}ms ${node?.nodeName ?? '?'}.${String(node?.getAttribute?.('class') ?? '').slice(0, 60)}`,
        );
      }
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

const INIT_SCRIPT = `const FIRST_CARD_MESSAGE = ${JSON.stringify(FIRST_CARD_MESSAGE)};
const INTERACTIVE_MESSAGE = ${JSON.stringify(INTERACTIVE_MESSAGE)};
const INTERACTIVE_MARK = ${JSON.stringify(INTERACTIVE_MARK)};
(${observe.toString()})();`;

/** One cold navigation in a fresh context (empty HTTP cache), CPU slowed down `rate` times. */
async function run(browser: Browser, url: string, rate: number, variant: LandingVariant): Promise<RunResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.addInitScript(INIT_SCRIPT);
    const seen = (text: string) =>
      page.waitForEvent('console', { predicate: (m) => m.text() === text, timeout: 30_000 });
    const waits = [seen(FIRST_CARD_MESSAGE), ...(variant === 'floor' ? [] : [seen(INTERACTIVE_MESSAGE)])];
    await page.goto(url, { waitUntil: 'commit' });
    await Promise.all(waits);
    // Late shifts and tasks (fonts, images, the second request wave) count too.
    await page.waitForTimeout(1_000);
    const c = await page.evaluate(() => (window as unknown as { __b2: Collected }).__b2);
    const until = c.interactive ?? Number.POSITIVE_INFINITY;
    return {
      firstCardMs: Math.round(c.firstCard!),
      interactiveMs: c.interactive === null ? null : Math.round(c.interactive),
      longestTaskMs: Math.round(Math.max(0, ...c.tasks.filter((t) => t.start < until).map((t) => t.duration))),
      cls: Math.round(c.cls * 10_000) / 10_000,
      shifted: c.shifted,
    };
  } finally {
    await context.close();
  }
}

function summary(results: RunResult[]) {
  const interactive = results.flatMap((r) => (r.interactiveMs === null ? [] : [r.interactiveMs]));
  return {
    median_first_card_ms: median(results.map((r) => r.firstCardMs)),
    runs_ms: results.map((r) => r.firstCardMs),
    median_interactive_ms: interactive.length ? median(interactive) : null,
    longest_task_until_interactive_ms: Math.max(...results.map((r) => r.longestTaskMs)),
    cls: Math.max(...results.map((r) => r.cls)),
    shifted: results.flatMap((r) => r.shifted),
  };
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/**
 * B2, first brand card paint: navigation to the first brand card painted on /brands (the landing route), cold, against
 * the production server on a freshly seeded sandbox, as a ratio to its floor: the same answer
 * with every script removed, fetched and sent the same way in the same run. Absolute paint times
 * move with the machine; the ratio says what the page's JavaScript costs on top of its HTML and
 * CSS. Also measured in the same run: the page with the server render switched off (`client`).
 */
export async function b2(): Promise<void> {
  buildSpa();
  const dir = mkdtempSync(join(tmpdir(), 'bks-b2-'));
  const [serverPort, frontPort] = [await freePort(), await freePort()];
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let front: Awaited<ReturnType<typeof startFront>> | undefined;
  try {
    server = await startServer(['server/index.ts', '--serve-spa'], {
      PORT: String(serverPort),
      HOST: '127.0.0.1',
      SANDBOX_DB: join(dir, 'sandbox.db'),
      NEXTDOCS_API_KEY: KEY,
      LOG_REQUESTS: '0',
      SANDBOX_RATE_LIMIT: '100000:100000',
    });
    front = await startFront(new URL(`http://127.0.0.1:${serverPort}`), frontPort);
    browser = await chromium.launch({ ...CHROMIUM });
    const url = `http://127.0.0.1:${frontPort}/brands`;
    const variants: LandingVariant[] = ['real', 'floor', 'client'];
    const results = new Map<string, RunResult[]>();
    for (const variant of variants) {
      // Warm-up: the server's first answers, the OS file cache.
      front.setVariant(variant);
      await run(browser, url, 1, variant);
    }
    for (let i = 0; i < RUNS; i++) {
      for (const rate of [4, 1]) {
        for (const variant of variants) {
          front.setVariant(variant);
          const key = `${variant}@${rate}x`;
          results.set(key, [...(results.get(key) ?? []), await run(browser, url, rate, variant)]);
        }
      }
    }
    const at = (variant: LandingVariant, rate: number) => summary(results.get(`${variant}@${rate}x`)!);
    const report = (rate: number) => {
      const real = at('real', rate);
      const floor = at('floor', rate);
      const client = at('client', rate);
      return {
        real,
        floor: {
          median_first_card_ms: floor.median_first_card_ms,
          runs_ms: floor.runs_ms,
          // The browser's own work for the same HTML and CSS (parsing, style, layout, paint), for context.
          longest_task_ms: floor.longest_task_until_interactive_ms,
          cls: floor.cls,
        },
        first_card_over_floor: ratio(real.median_first_card_ms, floor.median_first_card_ms),
        server_render_off: client,
        server_render_off_over_floor: ratio(client.median_first_card_ms, floor.median_first_card_ms),
      };
    };
    const at4x = report(4);
    const at1x = report(1);
    emit({
      bench: 'B2',
      metric: 'first brand card painted on /brands (cold) as a ratio to the same HTML without scripts',
      runs_per_variant: RUNS,
      cpu_4x: at4x,
      cpu_1x: at1x,
      target_ratio: TARGET_RATIO,
      target_longest_task_until_interactive_4x_ms: MAX_TASK_MS,
      target_cls: 0,
      pass:
        at4x.first_card_over_floor <= TARGET_RATIO &&
        at1x.first_card_over_floor <= TARGET_RATIO &&
        at4x.real.longest_task_until_interactive_ms <= MAX_TASK_MS &&
        at4x.real.cls === 0 &&
        at1x.real.cls === 0,
    });
  } finally {
    await browser?.close();
    await front?.close();
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
