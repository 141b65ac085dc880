import { describe, expect, it } from 'vitest';
import type { ThemeColors } from '@contract';
import { contrastRatio } from '@/lib/color-math';
import { DEFAULT_COLORS } from '@/lib/theme-to-css-vars';
import { fixAll, fixForPair } from './contrast-fixes';
import { CONTRAST_PAIRS, evaluateAll, evaluatePair } from './contrast-pairs';

// The default border is decorative (1.5:1); a 3:1 one makes the base pass everywhere.
const base: ThemeColors = { ...DEFAULT_COLORS, border: '#8A8A8A' };
const byId = (id: string) => CONTRAST_PAIRS.find((p) => p.id === id)!;

describe('CONTRAST_PAIRS', () => {
  it('covers every pair the renderer draws, each once', () => {
    expect(CONTRAST_PAIRS.map((p) => `${p.fg} on ${p.bg} (${p.kind})`).sort()).toEqual(
      [
        'text_on_primary on primary (text)',
        'text_on_secondary on secondary (text)',
        'text_on_tertiary on tertiary (text)',
        'text_on_muted on muted (text)',
        'text_on_card on card (text)',
        'foreground on background (text)',
        'foreground on card (text)',
        'text_on_muted on background (text)',
        'text_on_card on background (text)',
        'border on background (non-text)',
        'border on card (non-text)',
      ].sort(),
    );
  });

  it('grades against 4.5 for text and 3 for borders, and skips values that are not colours', () => {
    // #949494 is 3.03:1 on the white page (passes as a border, fails as text) and 2.90:1 on the card.
    const results = evaluateAll({ ...base, border: '#949494', text_on_card: '#949494', foreground: 'oops' });
    const level = (id: string) => results.find((r) => r.pair.id === id)!.level;
    expect(level('border/background')).toBe('AA');
    expect(level('text_on_card/background')).toBe('fail');
    expect(level('border/card')).toBe('fail');
    expect(results.find((r) => r.pair.id === 'foreground/background')).toMatchObject({ ratio: null, level: null });
  });
});

describe('fixForPair', () => {
  it('offers nothing for a passing pair', () => {
    expect(fixForPair(evaluatePair(base, byId('foreground/background')), 'fg')).toBeNull();
  });

  it('changes the text or the surface, whichever is asked, and the result passes', () => {
    const colors = { ...base, text_on_primary: '#6B8AF0' };
    const result = evaluatePair(colors, byId('text_on_primary/primary'));
    expect(result.level).toBe('fail');
    const onText = fixForPair(result, 'fg')!;
    expect(onText).toMatchObject({ token: 'text_on_primary', before: '#6B8AF0' });
    expect(contrastRatio(onText.after, colors.primary)).toBeGreaterThanOrEqual(4.5);
    const onSurface = fixForPair(result, 'bg')!;
    expect(onSurface).toMatchObject({ token: 'primary', before: '#1D4ED8' });
    expect(contrastRatio(colors.text_on_primary, onSurface.after)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('fixAll', () => {
  it('fixes every failing pair in one patch, including a token shared by two pairs', () => {
    const colors = { ...base, border: '#F0F0F0', text_on_muted: '#A0A0A0', text_on_tertiary: '#C08040' };
    const before = evaluateAll(colors).filter((r) => r.level === 'fail').length;
    expect(before).toBe(5);
    const { patch, fixed, remaining } = fixAll(colors, 'fg');
    expect(Object.keys(patch).sort()).toEqual(['border', 'text_on_muted', 'text_on_tertiary']);
    expect(fixed).toBe(5);
    expect(remaining).toEqual([]);
    expect(evaluateAll({ ...colors, ...patch }).every((r) => r.level !== 'fail')).toBe(true);
  });

  it('reports what it cannot fix and returns an empty patch when nothing fails', () => {
    expect(fixAll(base, 'fg')).toEqual({ patch: {}, fixed: 0, remaining: [] });
    // A mid-grey page under white card text and dark muted text: no page lightness suits both.
    const colors = { ...base, foreground: '#000000', text_on_card: '#FFFFFF', background: '#777777' };
    const stuck = fixAll(colors, 'bg');
    expect(stuck.remaining.length).toBeGreaterThan(0);
    const after = evaluateAll({ ...colors, ...stuck.patch });
    for (const r of stuck.remaining) expect(after.find((a) => a.pair.id === r.pair.id)!.level).toBe('fail');
  });
});
