import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderRoute } from '@/testing/render-app';
import { signedInSandbox } from '@/testing/sandbox-per-test';
import { BrandList } from './brand-list';

let failBrands = false;
const server = signedInSandbox({
  through: (input, init, sandbox) =>
    failBrands && input.startsWith('/v1/brands?')
      ? Promise.resolve(Response.json({ error: { code: 'INTERNAL_ERROR', message: 'Injected.' } }, { status: 500 }))
      : sandbox.fetch(input, init),
});
beforeEach(() => {
  failBrands = false;
});

async function seed(count: number, orgId?: string) {
  for (let i = 0; i < count; i++) {
    await server.sandbox.request('POST', '/v1/brands', {
      body: { name: `Brand ${i}`, theme_id: 'forest', ...(orgId ? { org_id: orgId } : {}) },
    });
  }
}

describe('BrandList', () => {
  it('shows skeletons, then cards newest first, and loads the next page on demand', async () => {
    await seed(21);
    renderRoute(<BrandList org={undefined} />);
    expect(screen.getByRole('status').textContent).toBe('Loading brands…');
    const region = await screen.findByRole('region', { name: 'Brands' });
    await waitFor(() => expect(within(region).getAllByRole('heading', { level: 2 })).toHaveLength(20));
    expect(within(region).getAllByRole('heading', { level: 2 })[0]!.textContent).toBe('Brand 20');
    const card = within(region).getByRole('link', { name: 'Brand 20' }).closest('article')!;
    expect(card.textContent).toContain('Forest');
    expect(card.textContent).toContain('Merriweather · Open Sans');
    fireEvent.click(screen.getByRole('button', { name: 'Load more brands' }));
    await waitFor(() => expect(within(region).getAllByRole('heading', { level: 2 })).toHaveLength(21));
    expect(screen.queryByRole('button', { name: 'Load more brands' })).toBeNull();
    const pages = server.sent.filter((r) => r.path.startsWith('/v1/brands?')).map((r) => r.path);
    expect(pages[1]).toMatch(/after=brand_/);
  });

  it('lists only the chosen scope', async () => {
    await seed(1);
    await seed(2, server.sandbox.orgs.o1);
    renderRoute(<BrandList org={server.sandbox.orgs.o1} />);
    await screen.findByRole('link', { name: 'Brand 1' });
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(2);
    expect(server.sent.some((r) => r.path.includes(`org_id=${server.sandbox.orgs.o1}`))).toBe(true);
  });

  it('offers "Create brand" in an empty scope', async () => {
    renderRoute(<BrandList org={undefined} />);
    expect(await screen.findByRole('heading', { name: 'No brands yet' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Create brand' }).getAttribute('href')).toBe('/brands/new');
  });

  it('shows the error with a retry that works', async () => {
    await seed(1);
    failBrands = true;
    renderRoute(<BrandList org={undefined} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Injected.');
    failBrands = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'Brand 0' })).toBeTruthy();
  });
});
