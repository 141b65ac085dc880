import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InstructionKit } from '@/lib/instruction-check';
import { InstructionCheckList } from './instruction-check-list';
import { InstructionForm } from './instruction-form';

afterEach(cleanup);

const kit: InstructionKit = {
  theme: { name: 'Forest', font_primary: 'Merriweather', font_secondary: 'Open Sans', colors: { primary: '#2F6B3A' } },
  assets: [],
};
const line = 'Visual style: Merriweather for headings, Open Sans for body text; keep the Forest palette for buttons and links.';

describe('InstructionCheckList', () => {
  it('says so when the text matches the kit', () => {
    render(<InstructionCheckList text={`Voice: calm.\n${line}`} kit={kit} onFix={vi.fn()} />);
    expect(screen.getByRole('status').textContent).toBe('Matches the kit.');
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Refresh Visual style line' })).toBeNull();
  });

  it('lists each finding with a one-click replacement and moves focus to the heading after a fix', () => {
    const onFix = vi.fn();
    render(<InstructionCheckList text="Titles in Lato, accent #2F6B3B." kit={kit} onFix={onFix} />);
    expect(screen.getByRole('status').textContent).toBe('2 things disagree with the kit.');
    const items = within(screen.getByRole('list', { name: 'Disagreements with the kit' })).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      expect.stringMatching(/^Font: Lato is not the Forest theme's font here \(Merriweather, Open Sans\)\./),
      expect.stringMatching(/^Colour: #2F6B3B is not a colour of the Forest theme; the closest is primary #2F6B3A\./),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Replace Lato with Merriweather' }));
    expect(onFix).toHaveBeenCalledWith('Titles in Merriweather, accent #2F6B3B.');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Kit check' }));
  });

  it('offers to refresh a Visual style line that describes another theme', () => {
    const onFix = vi.fn();
    const stale = 'Voice: calm.\nVisual style: Inter for headings, Inter for body text; keep the Paper White palette for buttons and links.';
    render(<InstructionCheckList text={stale} kit={kit} onFix={onFix} />);
    fireEvent.click(screen.getByRole('button', { name: 'Refresh Visual style line' }));
    expect(onFix).toHaveBeenCalledWith(`Voice: calm.\n${line}`);
  });

  it('inserts the kit summary, and offers nothing to insert without a theme', () => {
    const onFix = vi.fn();
    const { rerender } = render(<InstructionCheckList text="Voice: calm." kit={kit} onFix={onFix} />);
    fireEvent.click(screen.getByRole('button', { name: 'Insert kit summary' }));
    expect(onFix).toHaveBeenCalledWith(`Voice: calm.\n${line}`);
    rerender(<InstructionCheckList text="Voice: calm." kit={{ theme: null, assets: [] }} onFix={onFix} />);
    expect((screen.getByRole('button', { name: 'Insert kit summary' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('puts a fix into the editor’s field, unsaved', () => {
    const onSubmit = vi.fn();
    render(<InstructionForm defaultValue="Use Lato for headings." kit={kit} onSubmit={onSubmit} onCancel={vi.fn()} onDirtyChange={vi.fn()} isPending={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Replace Lato with Merriweather' }));
    expect((screen.getByRole('textbox', { name: 'AI instruction' }) as HTMLTextAreaElement).value).toBe('Use Merriweather for headings.');
    expect(onSubmit).not.toHaveBeenCalled();
    const check = screen.getByRole('region', { name: 'Kit check' });
    expect(within(check).getByRole('status').textContent).toBe('Matches the kit.');
  });
});
