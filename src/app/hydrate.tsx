import { hydrate } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { matchRoutes } from 'react-router';
import { AppProvider } from './provider';
import { createQueryClient } from './query-client';
import { AppRouter, routes } from './router';
import type { ServerRenderState } from './server-render-state';

/**
 * Takes over a page the server rendered (src/entry-server.tsx): the lazy route modules of this
 * URL load first, so the first client render is the server's markup rather than a fallback; the
 * cache starts with the server's data, so nothing is fetched again or renders differently.
 */
export async function hydrateApp(container: Element, json: string): Promise<void> {
  const state = JSON.parse(json) as ServerRenderState;
  const matches = matchRoutes(routes, window.location) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const resolved = await route.lazy();
      Object.assign(route, { ...resolved, lazy: undefined });
    }),
  );
  const client = createQueryClient();
  hydrate(client, state.queries);
  // In a transition, so hydration yields to the browser every few milliseconds instead of
  // holding the main thread for one long task: the page is already painted, so nothing visible waits.
  startTransition(() => {
    hydrateRoot(
      container,
      <StrictMode>
        <AppProvider client={client}>
          <AppRouter hydrationData={state.router} />
        </AppProvider>
      </StrictMode>,
    );
  });
}
