import * as Tooltip from '@radix-ui/react-tooltip';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Asset } from '@contract';
import { GridCell } from './grid-cell';
import { gridLayout } from './grid-layout';

// The card's tags render once per render of the card's face: a count of those renders.
const faceRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('./card-tags', () => ({
  CardTags: () => {
    faceRenders.count += 1;
    return null;
  },
}));

const asset: Asset = {
  object: 'asset',
  id: 'a1',
  name: 'Eco badge',
  type: 'icon',
  url: 'https://example.com/eco.svg',
  slug: 'eco-badge',
  format: 'svg',
  usage_mode: 'maybe',
  category: null,
  tags: ['green'],
  brand_id: 'b1',
  size: 900,
  width: 64,
  height: 64,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
};

const layout = gridLayout(1000);
const props = { index: 0, layout, tabbable: true, search: '', selected: false, bulkStatus: undefined };
const onPick = () => undefined;
const onMove = vi.fn();

function cell(value: Asset, brandName: string | undefined) {
  return (
    <MemoryRouter>
      <Tooltip.Provider>
        <GridCell {...props} asset={value} brandName={brandName} onPick={onPick} onMove={onMove} />
      </Tooltip.Provider>
    </MemoryRouter>
  );
}

describe('GridCell', () => {
  afterEach(cleanup);

  it('shows a move between brands without rendering the card face again', () => {
    const { rerender } = render(cell(asset, 'Alpha'));
    expect(screen.getByRole('link').getAttribute('aria-label')).toBe('Eco badge, Icon, Maybe use, Alpha, tags: green');
    expect(screen.getByText('Alpha')).toBeTruthy();
    const renders = faceRenders.count;

    rerender(cell({ ...asset, brand_id: 'b2' }, 'Beta'));
    expect(screen.getByRole('link').getAttribute('aria-label')).toBe('Eco badge, Icon, Maybe use, Beta, tags: green');
    expect(screen.getByText('Beta')).toBeTruthy();
    expect(screen.queryByText('Alpha')).toBeNull();
    expect(faceRenders.count).toBe(renders);

    rerender(cell({ ...asset, brand_id: null }, undefined));
    expect(screen.getByText('Unassigned')).toBeTruthy();
    expect(screen.getByRole('link').getAttribute('aria-label')).toContain(', Unassigned, ');
    expect(faceRenders.count).toBe(renders);
  });

  it('renders the face again when something it shows changes', () => {
    const { rerender } = render(cell(asset, 'Alpha'));
    const renders = faceRenders.count;
    rerender(cell({ ...asset, name: 'Eco badge 2' }, 'Alpha'));
    expect(faceRenders.count).toBeGreaterThan(renders);
    expect(screen.getByRole('link').getAttribute('aria-label')).toContain('Eco badge 2');
  });

  it("an open menu follows the move: it unlinks from the asset's new brand", () => {
    const { rerender } = render(cell(asset, 'Alpha'));
    fireEvent.keyDown(screen.getByRole('button', { name: 'Actions for Eco badge' }), { key: 'Enter' });
    expect(screen.getByRole('menuitem', { name: 'Unlink from Alpha' })).toBeTruthy();
    rerender(cell({ ...asset, brand_id: 'b2' }, 'Beta'));
    const unlink = screen.getByRole('menuitem', { name: 'Unlink from Beta' });
    fireEvent.click(unlink);
    expect(onMove).toHaveBeenCalledWith('a1', { kind: 'unassigned' });
  });
});
