import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Theme } from '@contract';
import { renderRoute } from '@/testing/render-app';
import { signedInSandbox } from '@/testing/sandbox-per-test';
import { ThemePicker } from './theme-picker';
import { ThemePreview } from './theme-preview';

signedInSandbox();

function Harness() {
  const [chosen, setChosen] = useState<Theme | null>(null);
  const [search, setSearch] = useState('');
  return (
    <>
      <ThemePicker
        org={undefined}
        value={chosen?.id ?? null}
        onChange={setChosen}
        search={search}
        onSearchChange={setSearch}
      />
      {chosen ? <ThemePreview theme={chosen} /> : null}
    </>
  );
}

describe('ThemePicker with a live preview', () => {
  it('lists system themes with badges, filters by name or font, and previews the choice', async () => {
    renderRoute(<Harness />);
    const forest = await screen.findByRole('radio', { name: /Forest/ });
    expect(within(forest.closest('label')!).getByText('System')).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search themes by name or font' }), {
      target: { value: 'merri' },
    });
    const matching = screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).value);
    expect(matching).toContain('forest');
    expect(matching).not.toContain('paper-white');

    fireEvent.click(screen.getByRole('radio', { name: /Forest/ }));
    const preview = document.querySelector('[data-theme-id="forest"]') as HTMLElement;
    expect(preview.style.getPropertyValue('--brand-primary')).toBe('#2F6B3A');
    expect(preview.style.getPropertyValue('--brand-font-primary')).toMatch(/^Merriweather, /);
    expect(document.querySelectorAll('[data-token]')).toHaveLength(13);
    // Set through CSSOM, never as a style string the CSP would refuse.
    expect(preview.getAttribute('style')).toContain('--brand-primary');

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search themes by name or font' }), {
      target: { value: 'zzz' },
    });
    expect(screen.getByText('No theme matches “zzz”.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(screen.getAllByRole('radio').length).toBeGreaterThanOrEqual(10);
  });
});
