import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '@/testing/render-app';
import { signedInSandbox } from '@/testing/sandbox-per-test';
import { ThemeCompare } from './theme-compare';

let brokenLoads = 0;
signedInSandbox({
  // A failing theme load, on demand: the test asks for it with the id `broken`.
  through: (input, init, server) => {
    if (!input.includes('/v1/themes/broken')) return server.fetch(input, init);
    brokenLoads++;
    return Promise.resolve(new Response(JSON.stringify({ error: { type: 'api_error', message: 'Boom' } }), { status: 500 }));
  },
});

// Plain selectors over role queries here: role queries over these big tables are slow in jsdom.
const tokenRow = (token: string) => document.querySelector<HTMLElement>(`[data-token-row="${token}"]`)!;
const pairRow = (pair: string) => document.querySelector<HTMLElement>(`[data-pair-row="${pair}"]`)!;
const tokensTable = () => screen.findByText(/ΔE is the distance in OKLab/, {}, SLOW);

// Whole page over an in-process sandbox: the first render loads and draws a lot; a shared slow
// machine needs more than the default 5 s (as in app/session-flow.test.tsx).
const SLOW = { timeout: 5_000 };

describe('ThemeCompare', { timeout: 20_000 }, () => {
  it('asks for two themes when the URL names fewer', async () => {
    renderRoute(<ThemeCompare org={undefined} />, { path: '/themes/compare?a=forest' });
    expect(await screen.findByRole('heading', { name: 'Pick two themes' }, SLOW)).toBeTruthy();
    expect((await screen.findByLabelText<HTMLSelectElement>('Theme A', {}, SLOW)).value).toBe('forest');
  });

  it('compares two themes token by token and pair by pair, and follows a picker change in the URL', async () => {
    const { router } = renderRoute(<ThemeCompare org={undefined} />, { path: '/themes/compare?a=forest&b=forest' });
    // Before the API answers: skeletons of the final size, announced once in words.
    expect(screen.getByText('Loading themes…')).toBeTruthy();
    expect(screen.getByText('Loading the two themes…')).toBeTruthy();
    await tokensTable();
    expect(within(tokenRow('primary')).getByText('same')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Theme B'), { target: { value: 'midnight-blue' } });
    expect(new URLSearchParams(router.state.location.search).get('b')).toBe('midnight-blue');
    // Forest's light page against Midnight Blue's near-black one.
    const background = await waitFor(() => {
      const row = tokenRow('background');
      expect(within(row).getByText('#0F172A')).toBeTruthy();
      return row;
    }, SLOW);
    expect(within(background).getByText('#F4F7F2')).toBeTruthy();
    expect(within(background).getByText('#0F172A')).toBeTruthy();
    expect(Number(background.querySelector('[data-delta-e]')!.getAttribute('data-delta-e'))).toBeGreaterThan(0.5);
    expect(document.querySelectorAll('[data-pair-row]')).toHaveLength(11);
    expect(within(pairRow('foreground/background')).getAllByText('AAA')).toHaveLength(2);
    expect(document.querySelector('[data-preview="forest"]')).toBeTruthy();
    expect(document.querySelector('[data-preview="midnight-blue"]')).toBeTruthy();
  });

  it('applies a trial fix from B’s matrix to the comparison, and undoes it', async () => {
    renderRoute(<ThemeCompare org={undefined} />, { path: '/themes/compare?a=forest&b=forest' });
    await tokensTable();
    const matrix = document.querySelector<HTMLElement>('[data-contrast-matrix]')!;
    // Forest's border is decorative (below 3:1), so the matrix offers a fix.
    fireEvent.click(matrix.querySelector('[data-fix-preview="border/background"] button')!);
    expect(within(tokenRow('border')).queryByText('same')).toBeNull();
    expect(screen.getByText('1 trial fix applied.')).toBeTruthy();
    fireEvent.click(screen.getByText('Undo “Fix contrast: Border on background”'));
    expect(within(tokenRow('border')).getByText('same')).toBeTruthy();
  });

  it('says when a theme cannot be loaded, and retries', async () => {
    renderRoute(<ThemeCompare org={undefined} />, { path: '/themes/compare?a=forest&b=broken' });
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(within(alert).getByText('Theme B could not be loaded')).toBeTruthy();
    const loads = brokenLoads;
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(brokenLoads).toBe(loads + 1), SLOW);
  });
});
