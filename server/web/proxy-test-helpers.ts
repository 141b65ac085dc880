import { afterAll, beforeAll, expect, vi } from 'vitest';
import { type FixedAnswer, startResponder } from '../testing/fixed-responder.ts';
import { listenApp, type Listening } from '../testing/listen-app.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { startToxicProxy, type Toxic } from '../testing/toxic-proxy.ts';
import { createUpstreamProxy } from './proxy.ts';
import { createWebApp } from './web-app.ts';

/** The proxy's deadline in these tests (30 s in production). */
export const DEADLINE = 500;
/** How late an answer may arrive after the deadline on a busy test machine. */
export const SLACK = 700;

/**
 * Proxy mode end to end over real sockets: a sandbox served over HTTP as the separate upstream,
 * and per test a web app in proxy mode in front of it (directly, through a toxic, or in front of a
 * fixed responder). Registers its own beforeAll/afterAll, including the scan for keys in server logs.
 */
export function useProxyHarness() {
  const logs: string[] = [];
  const cleanups: Array<() => Promise<void>> = [];
  let sandbox: TestApp | undefined;
  let sandboxHttp: Listening | undefined;

  beforeAll(async () => {
    // The node server reports a body that fails mid-stream on the console: that is server log too.
    for (const level of ['log', 'info', 'warn', 'error'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        logs.push(args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : String(a))).join(' '));
      });
    }
    sandbox = createTestApp({ log: (line) => logs.push(line) });
    const app = sandbox.app;
    sandboxHttp = await listenApp((req) => app.fetch(req));
  });
  afterAll(async () => {
    for (const close of cleanups.reverse()) await close();
    await sandboxHttp?.close();
    sandbox?.close();
    vi.restoreAllMocks();
    // No keys in server logs: nothing key-like in any log line of the proxy, the web app, the sandbox or the console.
    expect(logs.length).toBeGreaterThan(0);
    for (const line of logs) {
      expect(line).not.toContain('nxd_');
      expect(line).not.toContain(sandbox!.keys.a);
      expect(line).not.toContain(sandbox!.keys.b);
    }
  });

  /** The web app in proxy mode, served over HTTP, forwarding to `origin`. */
  async function webOver(origin: string): Promise<Listening> {
    const upstream = createUpstreamProxy({ origin, timeoutMs: DEADLINE, log: (line) => logs.push(line) });
    const web = createWebApp({ mode: 'proxy', upstream, listeningOnLoopback: true, log: (line) => logs.push(line) });
    const served = await listenApp((req) => web.fetch(req));
    cleanups.push(() => served.close());
    return served;
  }

  return {
    logs,
    get sandbox() {
      return sandbox!;
    },
    webOver,
    /** A fresh toxic proxy per call: a new port, so no pooled connection carries an old toxic. */
    async throughToxic(toxic: Toxic | null): Promise<Listening> {
      const proxy = await startToxicProxy({ port: sandboxHttp!.port }, toxic);
      cleanups.push(() => proxy.close());
      return webOver(proxy.url);
    },
    async responder(answer: FixedAnswer) {
      const spy = await startResponder(answer);
      cleanups.push(() => spy.close());
      return { spy, web: await webOver(spy.url) };
    },
    asA: () => ({ authorization: `Bearer ${sandbox!.keys.a}` }),
  };
}

export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

/** A response's JSON, typed loosely for assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
export const bodyOf = async (res: Response): Promise<any> => res.json();
