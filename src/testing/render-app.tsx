import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';

/** A fresh client per test: no retries (a test decides its faults), nothing shared between tests. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 30_000 }, mutations: { retry: false } },
  });
}

export function QueryWrapper({ client, children }: { client: QueryClient; children: ReactNode }) {
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

/**
 * Renders `element` at `path` inside a memory data router (so useBlocker, useSearchParams and
 * links work) with a fresh query client. `routes` adds other pages to navigate to.
 */
export function renderRoute(element: ReactNode, { path = '/', pattern = '*', routes = [] as RouteObject[] } = {}) {
  const client = createTestQueryClient();
  const router = createMemoryRouter([{ path: pattern, element }, ...routes], { initialEntries: [path] });
  const result = render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...result, client, router };
}
