import { describe, expect, it } from 'vitest';
import type { Theme } from '@contract';
import { colorInWords, kitBrief, themeInWords } from './kit-brief';

const theme = {
  object: 'theme',
  id: 'paper-white',
  name: 'Paper White',
  is_custom: false,
  font_primary: 'Inter',
  font_secondary: 'Source Serif 4',
  colors: {
    background: '#FFFFFF',
    foreground: '#111827',
    muted: '#F3F4F6',
    card: '#FFFFFF',
    text_on_muted: '#111827',
    text_on_card: '#111827',
    primary: '#2563EB',
    secondary: '#16a34a',
    tertiary: '#F59E0B',
    text_on_primary: '#FFFFFF',
    text_on_secondary: '#FFFFFF',
    text_on_tertiary: '#111827',
    border: '#E5E7EB',
  },
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
} satisfies Theme;

describe('colorInWords', () => {
  it('names hues and greys', () => {
    expect(colorInWords('#2563EB')).toBe('#2563EB (blue)');
    expect(colorInWords('#ffffff')).toBe('#FFFFFF (white)');
    expect(colorInWords('#111827')).toBe('#111827 (black)');
    expect(colorInWords('#16a34a')).toBe('#16A34A (green)');
    expect(colorInWords('#7f1d1d')).toBe('#7F1D1D (dark red)');
    expect(colorInWords('not a colour')).toBe('not a colour');
  });
});

describe('kitBrief', () => {
  it('writes the instruction, the theme in words and the assets by usage', () => {
    const text = kitBrief({
      name: 'Acme',
      instruction: 'Voice: calm.',
      theme,
      assets: [
        { name: 'Logo', type: 'photo', usage_mode: 'always' },
        { name: 'Old logo', type: 'photo', usage_mode: 'never' },
      ],
      findings: ['Voice is short.'],
    });
    expect(text).toBe(
      [
        'Brand: Acme',
        '',
        'AI instruction:',
        'Voice: calm.',
        '',
        'Theme:',
        `Paper White: ${themeInWords(theme)}`,
        '',
        'Assets to use in every document (Always):',
        '- Logo (photo)',
        '',
        'Assets the AI may use (Maybe):',
        '(none)',
        '',
        'Excluded assets, never used (Never):',
        '- Old logo (photo)',
        '',
        'Checker findings:',
        '- Voice is short.',
      ].join('\n'),
    );
    expect(themeInWords(theme)).toBe(
      'Inter for headings, Source Serif 4 for body text; the Paper White palette: #2563EB (blue) for buttons and links, #111827 (black) text on #FFFFFF (white), accents #16A34A (green) and #F59E0B (orange).',
    );
  });
});
