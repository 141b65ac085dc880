import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ThemeColors } from '@contract';
import { contrastRatio } from '@/lib/color-math';
import { DEFAULT_COLORS } from '@/lib/theme-to-css-vars';
import { ContrastMatrix } from './contrast-matrix';

afterEach(cleanup);

const PASSING: ThemeColors = { ...DEFAULT_COLORS, border: '#8A8A8A' };

/** Stands in for the editor: applies each patch as one edit and keeps the log of edits. */
function Harness({ initial, edits }: { initial: ThemeColors; edits: Array<{ patch: Partial<ThemeColors>; label: string }> }) {
  const [colors, setColors] = useState(initial);
  return (
    <ContrastMatrix
      colors={colors}
      onFix={(patch, label) => {
        edits.push({ patch, label });
        setColors((c) => ({ ...c, ...patch }));
      }}
    />
  );
}

const row = (name: string) => screen.getByRole('rowheader', { name: new RegExp(name) }).closest('tr')!;

describe('ContrastMatrix', () => {
  it('grades every pair with AA / AAA badges in words, in a labelled table', () => {
    render(<Harness initial={PASSING} edits={[]} />);
    expect(screen.getByRole('table', { name: /WCAG 2 contrast/ })).toBeTruthy();
    expect(screen.getAllByRole('rowheader')).toHaveLength(11);
    expect(screen.getByRole('status').textContent).toBe('All 11 pairs pass WCAG AA.');
    const body = within(row('Body text on background'));
    expect(body.getByText(/^\d+\.\d\d:1$/)).toBeTruthy();
    expect(body.getByText('AA pass')).toBeTruthy();
    expect(body.getByText('AAA pass')).toBeTruthy();
    expect(within(row('Border on card')).getByText('AAA n/a')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Fix all' })).toHaveProperty('disabled', true);
  });

  it('shows a failing pair with before and after, and fixes it in one edit; focus stays in the matrix', () => {
    const edits: Array<{ patch: Partial<ThemeColors>; label: string }> = [];
    render(<Harness initial={{ ...PASSING, text_on_muted: '#9CA3AF' }} edits={edits} />);
    const muted = within(row('Muted text on muted'));
    expect(muted.getByText(/^2\.\d\d:1$/)).toBeTruthy();
    expect(muted.getByText('AA fail')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('2 of 11 pairs fail WCAG AA.');
    // Before and after, each drawn as the pair and named by the changed colour's hex.
    expect(muted.getByText('Before:').parentElement!.textContent).toBe('Before: #9CA3AF');
    expect(muted.getByText('After:').parentElement!.textContent).toMatch(/^After: #[0-9A-F]{6}$/);
    const fix = muted.getByRole('button', { name: /^Fix Muted text on muted: set text_on_muted from #9CA3AF to #[0-9A-F]{6}$/ });
    fireEvent.click(fix);
    expect(edits).toHaveLength(1);
    const after = edits[0]!.patch.text_on_muted!;
    expect(Object.keys(edits[0]!.patch)).toEqual(['text_on_muted']);
    expect(edits[0]!.label).toBe('Fix contrast: Muted text on muted');
    expect(contrastRatio(after, PASSING.muted)).toBeGreaterThanOrEqual(4.5);
    expect(within(row('Muted text on muted')).getByText('AA pass')).toBeTruthy();
    // The same token also passes on the page now, so no fix is left: focus goes to the heading.
    expect(screen.getByRole('status').textContent).toBe('All 11 pairs pass WCAG AA.');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Contrast' }));
  });

  it('changes the surface instead when the user chooses so', () => {
    const edits: Array<{ patch: Partial<ThemeColors>; label: string }> = [];
    render(<Harness initial={{ ...PASSING, text_on_tertiary: '#F59E0B' }} edits={edits} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Surface colour' }));
    fireEvent.click(within(row('Text on tertiary')).getByRole('button', { name: /^Fix / }));
    expect(Object.keys(edits[0]!.patch)).toEqual(['tertiary']);
    expect(contrastRatio('#F59E0B', edits[0]!.patch.tertiary!)).toBeGreaterThanOrEqual(4.5);
  });

  it('"Fix all" fixes every failing pair with a single edit', () => {
    const edits: Array<{ patch: Partial<ThemeColors>; label: string }> = [];
    render(<Harness initial={{ ...DEFAULT_COLORS, text_on_primary: '#60A5FA' }} edits={edits} />);
    expect(screen.getByRole('status').textContent).toBe('3 of 11 pairs fail WCAG AA.');
    fireEvent.click(screen.getByRole('button', { name: 'Fix all (3)' }));
    expect(edits).toHaveLength(1);
    expect(Object.keys(edits[0]!.patch).sort()).toEqual(['border', 'text_on_primary']);
    expect(edits[0]!.label).toBe('Fix contrast of 3 pairs');
    expect(screen.getByRole('status').textContent).toBe('All 11 pairs pass WCAG AA.');
  });
});
