import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from './router';

// Fault injection only: /health answers what each test decides.
const fetchMock = vi.fn<typeof fetch>();

// The session gate asks GET /session first: these tests are about a signed-in user.
const SIGNED_IN = {
  signed_in: true,
  mode: 'sandbox',
  demo_available: false,
  user: { id: 'user_1', email: 'ada@example.test', first_name: 'Ada', last_name: 'Lovelace', quota: null },
};
// The header's scope switcher asks for organizations too; only /health goes to fetchMock.
const withSession: typeof fetch = async (input, init) => {
  const path = String(input);
  if (path === '/session') return Response.json(SIGNED_IN);
  if (path.startsWith('/v1/organizations')) return Response.json({ object: 'list', data: [], has_more: false });
  return fetchMock(input, init);
};

function renderAt(path: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

beforeEach(() => {
  fetchMock.mockReset();
  fetchMock.mockImplementation(async () =>
    Response.json({ ok: true, service: 'nextdocs-sandbox', timestamp: 1 }),
  );
  vi.stubGlobal('fetch', withSession);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('app routes', () => {
  it('redirects / to the brands page inside the shell', async () => {
    const router = renderAt('/');
    // The first render loads the gate, the shell and the page as lazy modules: allow for a cold start.
    expect(await screen.findByRole('heading', { level: 1, name: 'Brands' }, { timeout: 5_000 })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/brands');
    const main = document.getElementById('main');
    expect(main?.tagName).toBe('MAIN');
    expect(screen.getByRole('link', { name: 'Skip to content' }).getAttribute('href')).toBe('#main');
  });

  it('marks the current section in the navigation, also on nested pages', async () => {
    // A nested page that needs no data of its own (the brand detail page fetches its brand).
    renderAt('/brands/new');
    await screen.findByRole('heading', { level: 1, name: 'New brand' }, { timeout: 5_000 });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Brands' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Assets' }).getAttribute('aria-current')).toBeNull();
  });

  it('shows the not-found page for unknown addresses', async () => {
    renderAt('/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });
});

describe('connection status', () => {
  it('says the sandbox is connected once /health answers', async () => {
    renderAt('/themes');
    const banner = await screen.findByRole('banner');
    expect(await within(banner).findByText('Sandbox connected')).toBeTruthy();
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/health');
  });

  it('says API connected for another service', async () => {
    fetchMock.mockImplementation(async () => Response.json({ ok: true, service: 'nextdocs-api-stg', timestamp: 1 }));
    renderAt('/themes');
    expect(await screen.findByText('API connected')).toBeTruthy();
  });

  it('says Offline when /health cannot be reached', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    renderAt('/themes');
    const status = await screen.findByText('Offline');
    expect(status.closest('[role="status"]')).not.toBeNull();
  });
});
