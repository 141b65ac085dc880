import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ExportPanel } from './export-panel';
import { COLOR_TOKENS, type ThemeDraft } from './theme-draft';

const draft: ThemeDraft = {
  name: 'Forest',
  font_primary: 'Lora',
  font_secondary: null,
  colors: Object.fromEntries(COLOR_TOKENS.map((t, i) => [t, `#${String(i).padStart(2, '0')}AA33`])) as ThemeDraft['colors'],
};

const code = () => screen.getByRole('textbox') as HTMLTextAreaElement;

afterEach(() => {
  cleanup();
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('ExportPanel', () => {
  it('shows CSS first and moves between formats with the arrow keys, Home and End', () => {
    render(<ExportPanel draft={draft} />);
    const css = screen.getByRole('tab', { name: 'CSS variables' });
    expect(css.getAttribute('aria-selected')).toBe('true');
    expect(code().value).toContain('--brand-primary: #06AA33;');
    expect(screen.getByRole('tabpanel', { name: 'CSS variables' })).toBeTruthy();

    fireEvent.keyDown(css, { key: 'ArrowRight' });
    const tailwind = screen.getByRole('tab', { name: 'Tailwind v4' });
    expect(tailwind.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tailwind);
    expect(code().value).toContain('@theme {');

    fireEvent.keyDown(tailwind, { key: 'End' });
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'curl' }));
    expect(code().value).toContain('curl -X POST https://api.nextdocs.io/v1/themes');
    // No secondary font: the body says which one it used, and so does the panel.
    expect(code().value).toContain('"font_secondary": "Inter"');
    expect(screen.getByText(/the body uses Inter/)).toBeTruthy();

    fireEvent.keyDown(screen.getByRole('tab', { name: 'curl' }), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'CSS variables' }));
    expect(screen.getByRole('button', { name: 'Download forest.css' })).toBeTruthy();
  });

  it('copies the shown text and says so; without clipboard access it says how to copy by hand', async () => {
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => ((copied = text), Promise.resolve()) },
    });
    render(<ExportPanel draft={draft} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Design tokens' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy' })));
    expect(copied).toBe(code().value);
    expect(JSON.parse(copied)).toMatchObject({ color: { primary: { $type: 'color', $value: '#06AA33' } } });
    expect(screen.getByRole('status').textContent).toContain('Copied the Design tokens export.');

    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy' })));
    expect(screen.getByRole('status').textContent).toContain('select the text and copy it yourself');
  });

  it('follows a format given from outside', () => {
    const seen: string[] = [];
    render(<ExportPanel draft={draft} format="api" onFormatChange={(f) => seen.push(f)} />);
    expect(JSON.parse(code().value)).toMatchObject({ name: 'Forest', font_primary: 'Lora' });
    fireEvent.click(screen.getByRole('tab', { name: 'CSS variables' }));
    expect(seen).toEqual(['css']);
  });
});
