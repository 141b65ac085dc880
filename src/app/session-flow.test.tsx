import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { sandboxPerTest } from '@/testing/sandbox-per-test';
import { startInProcessWeb } from '@/testing/server-web';
import { createQueryClient } from './query-client';
import { routes } from './router';

// The real web app and sandbox in-process (src/testing/server-web.ts): sessions, cookies and
// 401s are the server's own, only the network is skipped.
// Each test starts its own server: some sign in, some do not, one uses the server's own key.
const { server, start } = sandboxPerTest();
beforeEach(() => {
  sessionStorage.clear();
});

/** The whole app: real routes, the real query client with its 401 handling, a memory router. */
function renderApp(path: string) {
  const client = createQueryClient();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { router, client };
}

const here = (router: ReturnType<typeof createMemoryRouter>) => `${router.state.location.pathname}${router.state.location.search}`;

const SLOW = { timeout: 5_000 };
const connectHeading = () => screen.findByRole('heading', { level: 1, name: 'Connect to NextDocs' }, SLOW);
const keyField = () => screen.getByLabelText('NextDocs API key') as HTMLInputElement;

async function submitKey(key: string, button = 'Connect') {
  fireEvent.change(keyField(), { target: { value: key } });
  fireEvent.click(screen.getByRole('button', { name: button }));
}

async function openAccountMenu() {
  fireEvent.click(await screen.findByRole('button', { name: /^Account:/ }, SLOW));
}

// Whole-app renders load lazy route modules; under a busy parallel run that takes a while.
describe('the session gate', { timeout: 20_000 }, () => {
  it('sends a signed-out visitor to /connect with the way back, and back after signing in', async () => {
    start();
    const { router } = renderApp('/themes?view=all');
    await connectHeading();
    expect(here(router)).toBe(`/connect?next=${encodeURIComponent('/themes?view=all')}`);
    expect(screen.getByText(/Sandbox mode\./)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();

    await submitKey(`  ${server.keys.a}\n`);
    // Reached with ?next=: straight on, no "Connected as" card in between.
    expect(await screen.findByRole('heading', { level: 1, name: 'Themes' }, SLOW)).toBeTruthy();
    expect(here(router)).toBe('/themes?view=all');
    expect(screen.queryByRole('button', { name: 'Continue to Brandkit Studio' })).toBeNull();
    // The browser never sent a key anywhere but in the one sign-in body.
    expect(server.sent.every((r) => !('authorization' in r.headers))).toBe(true);
  });

  it('on /connect itself, shows who it is and waits for Continue', async () => {
    start();
    const { router } = renderApp('/connect');
    await connectHeading();
    await submitKey(server.keys.a);
    const heading = await screen.findByRole('heading', { name: 'Connected as a Tester' }, SLOW);
    // …and it is announced: the heading sits in the panel's live status region.
    expect(heading.closest('[role="status"]')).not.toBeNull();
    expect(screen.getByText('a@example.test')).toBeTruthy();
    expect(screen.getByText('$0.00 of $5.00')).toBeTruthy();
    // The field is emptied: the key is not left in the page after it was accepted.
    expect(keyField().value).toBe('');
    const next = screen.getByRole('button', { name: 'Continue to Brandkit Studio' });
    await waitFor(() => expect(document.activeElement).toBe(next), SLOW);
    expect(here(router)).toBe('/connect');

    fireEvent.click(next);
    expect(await screen.findByRole('heading', { level: 1, name: 'Brands' }, SLOW)).toBeTruthy();
  });

  it('checks the key format before sending anything', async () => {
    start();
    renderApp('/connect');
    await connectHeading();
    const before = server.sent.length;
    await submitKey('sk_live_abcdefghijklmnop');
    expect((await screen.findByRole('alert', {}, SLOW)).textContent).toBe('A NextDocs API key starts with nxd_.');
    await submitKey('nxd_short');
    expect((await screen.findByRole('alert', {}, SLOW)).textContent).toMatch(/looks incomplete/);
    expect(keyField().getAttribute('aria-invalid')).toBe('true');
    // Nothing was sent for either key: the screen's own GET /session may still be on its way
    // when the heading shows, so only what the form sends counts.
    expect(server.sent.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);
    expect(server.sent.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('keeps a refused key in the field to fix, and says why', async () => {
    start();
    renderApp('/connect');
    await connectHeading();
    await submitKey('nxd_notaknownkey12345');
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert.textContent).toMatch(/^The API key was not accepted\./);
    expect(keyField().value).toBe('nxd_notaknownkey12345');
    // Focus moves in the mutation's onError, which may run a tick after the alert renders.
    await waitFor(() => expect(document.activeElement).toBe(keyField()), SLOW);
    // Nothing of it in storage or in the query cache's mutation state.
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('nxd_');
  });

  it('returns to the same URL after a 401 mid-session, with the cache cleared and drafts kept', async () => {
    start();
    await server.signIn(server.keys.a);
    const { router, client } = renderApp('/themes?view=all');
    await screen.findByRole('heading', { level: 1, name: 'Themes' }, SLOW);
    // What useDraft writes while A types (see hooks/use-draft.ts).
    sessionStorage.setItem('brandkit:draft:probe', JSON.stringify('half-typed text'));

    // Revoked elsewhere: the server forgets every session on the key.
    server.sessions.deleteByKey(server.keys.a);
    await openAccountMenu(); // GET /v1/me answers 401
    await connectHeading();
    expect(here(router)).toBe(`/connect?next=${encodeURIComponent('/themes?view=all')}&reason=ended`);
    expect((await screen.findByRole('alert', {}, SLOW)).textContent).toMatch(/^Your session ended or the key was revoked/);
    expect(client.getQueryCache().findAll({ queryKey: ['me'] })).toHaveLength(0);
    expect(sessionStorage.getItem('brandkit:draft:probe')).toBe('"half-typed text"');

    await submitKey(server.keys.a);
    await screen.findByRole('heading', { level: 1, name: 'Themes' }, SLOW);
    expect(here(router)).toBe('/themes?view=all');
    expect(sessionStorage.getItem('brandkit:draft:probe')).toBe('"half-typed text"');
  });

  it('signs out from the account menu: session gone, cache empty, drafts dropped', async () => {
    start();
    await server.signIn(server.keys.a);
    const { router, client } = renderApp('/themes');
    await openAccountMenu();
    sessionStorage.setItem('brandkit:draft:probe', JSON.stringify('text'));
    expect(await screen.findByText('a@example.test', {}, SLOW)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await connectHeading();
    expect(here(router)).toBe('/connect');
    expect(server.cookie).toBeUndefined();
    expect(server.sessions.size).toBe(0);
    expect(sessionStorage.getItem('brandkit:draft:probe')).toBeNull();
    expect(client.getQueryCache().getAll().every((q) => q.queryKey[0] === 'session')).toBe(true);
    expect(JSON.stringify(client.getQueryCache().getAll().map((q) => q.state.data))).not.toContain('a@example.test');
    expect(screen.queryByText(/a Tester/)).toBeNull();
  });

  it('switches keys without showing the first user again', async () => {
    start();
    await server.signIn(server.keys.a);
    const { client } = renderApp('/themes');
    await openAccountMenu();
    sessionStorage.setItem('brandkit:draft:probe', JSON.stringify('written by A'));
    fireEvent.click(await screen.findByRole('link', { name: 'Use a different key' }, SLOW));
    await connectHeading();
    expect(screen.getByRole('heading', { name: 'Signed in as a Tester' })).toBeTruthy();

    await submitKey(server.keys.b, 'Switch to this key');
    // The menu's link carries ?next=: back to the page, now as B.
    expect(await screen.findByRole('button', { name: 'Account: b Tester' }, SLOW)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Themes' })).toBeTruthy();
    expect(screen.queryByText(/a Tester|a@example\.test/)).toBeNull();
    expect(JSON.stringify(client.getQueryCache().getAll().map((q) => q.state.data))).not.toContain('a@example.test');
    // A's draft is not offered to B.
    expect(sessionStorage.getItem('brandkit:draft:probe')).toBeNull();
  });

  it('starts over as whoever is signed in when another tab switches keys', async () => {
    start();
    await server.signIn(server.keys.a);
    renderApp('/themes');
    expect(await screen.findByRole('button', { name: 'Account: a Tester' }, SLOW)).toBeTruthy();
    // Another tab of the same browser signs in as B: the cookie is shared, and that tab says so.
    await server.signIn(server.keys.b);
    const otherTab = new BroadcastChannel('brandkit-session');
    otherTab.postMessage('switched');
    otherTab.close();
    expect(await screen.findByRole('button', { name: 'Account: b Tester' }, SLOW)).toBeTruthy();
    expect(screen.queryByText(/a Tester/)).toBeNull();
  });

  it('says so plainly when the server signs everyone in with its own key', async () => {
    const probe = startInProcessWeb();
    start({ options: { fixedKey: probe.keys.a, upstream: async (req) => probe.sandbox.app.fetch(req) } });
    renderApp('/themes');
    await openAccountMenu();
    expect(await screen.findByText(/Signed in with this server's own key: everyone/, {}, SLOW)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Use your own key' })).toBeTruthy();
    probe.close();
  });

  it('closes the account menu with Escape and returns focus to its button', async () => {
    start();
    await server.signIn(server.keys.a);
    renderApp('/themes');
    await openAccountMenu();
    const button = screen.getByRole('button', { name: /^Account:/ });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    await act(async () => {
      fireEvent.keyDown(document, { key: 'Escape' });
    });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });
});
