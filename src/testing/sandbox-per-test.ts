import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import type { WebAppOptions } from '../../server/web/web-app.ts';
import { startInProcessWeb, type InProcessWeb } from './server-web';

export interface SandboxSetup {
  /** Options of the web app, e.g. a fixed server key. */
  options?: Partial<WebAppOptions>;
  /**
   * Stands between the app and the server, to inject a fault or record a request. Without it
   * every request goes straight to the server.
   */
  through?: (input: string, init: RequestInit, server: InProcessWeb) => Promise<Response>;
  /** False leaves the global fetch alone, for tests that call `server.fetch` themselves. */
  stubFetch?: boolean;
}

/**
 * One fresh in-process sandbox per test. Registers an afterEach that unmounts what the test
 * rendered, restores the global fetch and closes the server; `start` boots the server and points
 * the global fetch at it. `server` always stands for the current test's server, so a module-level
 * `const server` works in every test and helper.
 */
export function sandboxPerTest() {
  let current: InProcessWeb | undefined;
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    current?.close();
    current = undefined;
  });

  const start = ({ options, through, stubFetch = true }: SandboxSetup = {}): InProcessWeb => {
    const server = startInProcessWeb(options);
    current = server;
    if (stubFetch) {
      vi.stubGlobal('fetch', (input: string | URL | Request, init: RequestInit = {}) =>
        through ? through(String(input), init, server) : server.fetch(input, init),
      );
    }
    return server;
  };

  const server = new Proxy({} as InProcessWeb, {
    get(_target, property) {
      if (!current) throw new Error('The sandbox exists only while a test runs (after its start).');
      return Reflect.get(current, property, current);
    },
  });
  return { server, start };
}

/**
 * A fresh sandbox per test with this "browser" already signed in as user A, and the global fetch
 * going to it. Returns the current test's server.
 */
export function signedInSandbox(setup: SandboxSetup = {}): InProcessWeb {
  const { server, start } = sandboxPerTest();
  beforeEach(async () => {
    const fresh = start(setup);
    await fresh.signIn(fresh.keys.a);
  });
  return server;
}
