import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { sandboxPerTest, type SandboxSetup } from '@/testing/sandbox-per-test';
import { routes } from './router';

// The real web app and sandbox in-process, signed in: the session gate, the header's scope
// switcher and /health all get the server's own answers.
const { server, start } = sandboxPerTest();

async function signedIn(setup?: SandboxSetup) {
  const fresh = start(setup);
  await fresh.signIn(fresh.keys.a);
}

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

describe('app routes', () => {
  it('redirects / to the brands page inside the shell', async () => {
    await signedIn();
    const router = renderAt('/');
    // The first render loads the gate, the shell and the page as lazy modules: allow for a cold start.
    expect(await screen.findByRole('heading', { level: 1, name: 'Brands' }, { timeout: 5_000 })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/brands');
    const main = document.getElementById('main');
    expect(main?.tagName).toBe('MAIN');
    expect(screen.getByRole('link', { name: 'Skip to content' }).getAttribute('href')).toBe('#main');
  });

  it('marks the current section in the navigation, also on nested pages', async () => {
    await signedIn();
    // A nested page that needs no data of its own (the brand detail page fetches its brand).
    renderAt('/brands/new');
    await screen.findByRole('heading', { level: 1, name: 'New brand' }, { timeout: 5_000 });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Brands' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Assets' }).getAttribute('aria-current')).toBeNull();
  });

  it('shows the not-found page for unknown addresses', async () => {
    await signedIn();
    renderAt('/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });
});

describe('connection status', () => {
  it('says Connected once /health answers', async () => {
    await signedIn();
    renderAt('/themes');
    const banner = await screen.findByRole('banner');
    expect(await within(banner).findByText('Connected')).toBeTruthy();
    expect(server.sent.some((request) => request.path === '/health')).toBe(true);
  });

  it('says Connected in proxy mode too', async () => {
    // Proxy mode: /health names the proxy, not the sandbox (the sandbox stands in for the upstream).
    await signedIn({ options: { mode: 'proxy' } });
    renderAt('/themes');
    expect(await within(await screen.findByRole('banner')).findByText('Connected')).toBeTruthy();
  });

  it('says Offline when /health cannot be reached', async () => {
    await signedIn({
      through: (input, init, sandbox) =>
        input === '/health' ? Promise.reject(new TypeError('Failed to fetch')) : sandbox.fetch(input, init),
    });
    renderAt('/themes');
    const status = await screen.findByText('Offline');
    expect(status.closest('[role="status"]')).not.toBeNull();
  });
});
