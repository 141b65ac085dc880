import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { THEME_COLOR_TOKENS } from '@contract';
import { renderRoute } from '@/testing/render-app';
import { signedInSandbox } from '@/testing/sandbox-per-test';
import { ThemeGallery } from './theme-gallery';

// The sandbox always has system themes: an error or an empty list is injected in front of it.
const INJECTED = {
  error: () => Response.json({ error: { code: 'INTERNAL_ERROR', message: 'Injected.' } }, { status: 500 }),
  empty: () => Response.json({ object: 'list', data: [], has_more: false }),
};
let inject: keyof typeof INJECTED | null = null;
const server = signedInSandbox({
  through: (input, init, sandbox) =>
    inject && input.startsWith('/v1/themes?') ? Promise.resolve(INJECTED[inject]()) : sandbox.fetch(input, init),
});
beforeEach(() => {
  inject = null;
});

const colors = Object.fromEntries(THEME_COLOR_TOKENS.map((token) => [token, '#336699']));

async function seedCustom(count: number, orgId?: string) {
  for (let i = 0; i < count; i++) {
    await server.sandbox.request('POST', '/v1/themes', {
      body: {
        name: `Custom ${i}`,
        font_primary: 'Lora',
        font_secondary: 'Inter',
        colors,
        ...(orgId ? { org_id: orgId } : {}),
      },
    });
  }
}

const cardOf = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('article')!;

describe('ThemeGallery', () => {
  it('shows skeletons, then custom themes first and system themes after, and loads the next page', async () => {
    await seedCustom(7);
    renderRoute(<ThemeGallery org={undefined} />);
    expect(screen.getByRole('status').textContent).toBe('Loading themes…');
    const region = await screen.findByRole('region', { name: 'Themes' });
    await waitFor(() => expect(within(region).getAllByRole('heading', { level: 2 })).toHaveLength(20));
    expect(within(region).getAllByRole('heading', { level: 2 })[0]!.textContent).toBe('Custom 6');

    const custom = cardOf('Custom 6');
    expect(within(custom).getByText('Custom')).toBeTruthy();
    expect(custom.textContent).toContain('Primary fontLora');
    expect(custom.textContent).toContain('Secondary fontInter');
    const forest = cardOf('Forest');
    expect(within(forest).getByText('System')).toBeTruthy();
    expect(forest.textContent).toContain('Merriweather');
    expect(forest.textContent).toContain('Open Sans');
    expect(forest.querySelectorAll('svg rect')).toHaveLength(13);

    fireEvent.click(screen.getByRole('button', { name: 'Load more themes' }));
    await waitFor(() => expect(within(region).getAllByRole('heading', { level: 2 })).toHaveLength(21));
    expect(screen.queryByRole('button', { name: 'Load more themes' })).toBeNull();
    const pages = server.sent.filter((r) => r.path.startsWith('/v1/themes?')).map((r) => r.path);
    expect(pages[1]).toMatch(/after=/);
    // Seeding, 20 cards and the brand walk for usage counts take a while on a loaded machine.
  }, 20_000);

  it("lists the chosen scope's custom themes only", async () => {
    await seedCustom(1);
    await seedCustom(2, server.sandbox.orgs.o1);
    renderRoute(<ThemeGallery org={server.sandbox.orgs.o1} />);
    await screen.findByRole('heading', { level: 2, name: 'Custom 1' });
    expect(screen.getAllByText('Custom')).toHaveLength(2);
    expect(server.sent.some((r) => r.path.includes(`org_id=${server.sandbox.orgs.o1}`))).toBe(true);
  });

  it('shows the error with a retry that works', async () => {
    inject = 'error';
    renderRoute(<ThemeGallery org={undefined} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Injected.');
    inject = null;
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Forest' })).toBeTruthy();
  });

  it('counts the brands that use a theme, and links each card to open, duplicate and compare it', async () => {
    await seedCustom(1);
    const custom = (await server.sandbox.request('GET', '/v1/themes?limit=1')).json.data[0] as { id: string };
    await server.sandbox.request('POST', '/v1/brands', { body: { name: 'User', theme_id: custom.id } });
    renderRoute(<ThemeGallery org={undefined} />);
    const card = await screen.findByRole('article', { name: 'Custom 0' });
    await waitFor(() => expect(card.textContent).toContain('Used by 1 brand'));
    expect(within(card).getByRole('link', { name: 'Open Custom 0' }).getAttribute('href')).toBe(`/themes/${custom.id}`);
    expect(within(card).getByRole('link', { name: 'Duplicate Custom 0' }).getAttribute('href')).toBe(
      `/themes/new?from=${custom.id}`,
    );
    expect(within(card).getByRole('link', { name: 'Compare Custom 0' }).getAttribute('href')).toBe(
      `/themes/compare?a=${custom.id}`,
    );
  }, 20_000);

  it('filters by kind and searches by name over the loaded pages', async () => {
    await seedCustom(2);
    const { unmount } = renderRoute(<ThemeGallery org={undefined} kind="system" />);
    await screen.findByRole('heading', { level: 2, name: 'Forest' });
    expect(screen.queryByRole('heading', { level: 2, name: 'Custom 1' })).toBeNull();
    unmount();
    renderRoute(<ThemeGallery org={undefined} search="custom 1" />);
    await screen.findByRole('heading', { level: 2, name: 'Custom 1' });
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(1);
  }, 20_000);

  it('says so when the scope has no themes', async () => {
    inject = 'empty';
    renderRoute(<ThemeGallery org={undefined} />);
    expect(await screen.findByRole('heading', { name: 'No themes yet' })).toBeTruthy();
  });
});
