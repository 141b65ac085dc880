import { describe, expect, it } from 'vitest';
import { parseColor } from './parse-color';

const hex = (raw: string) => {
  const result = parseColor(raw);
  if (!result.ok) throw new Error(result.message);
  return result.hex;
};

describe('parseColor', () => {
  it('normalises hex in any case and length', () => {
    expect(hex('#abc')).toBe('#AABBCC');
    expect(hex('#1f2937')).toBe('#1F2937');
    expect(hex('  #FFFFFF ')).toBe('#FFFFFF');
  });

  it('reads shadcn HSL triplets, with and without commas', () => {
    expect(hex('0 0% 100%')).toBe('#FFFFFF');
    expect(hex('0 0% 0%')).toBe('#000000');
    // shadcn's default slate primary: hsl(222.2 47.4% 11.2%)
    expect(hex('222.2 47.4% 11.2%')).toBe('#0F172A');
    expect(hex('210, 40%, 96.1%')).toBe('#F1F5F9');
  });

  it('reads oklch, hsl() and rgb()', () => {
    expect(hex('oklch(1 0 0)')).toBe('#FFFFFF');
    expect(hex('oklch(0.145 0 0)')).toBe('#0A0A0A');
    expect(hex('hsl(0 100% 50%)')).toBe('#FF0000');
    expect(hex('rgb(59 130 246)')).toBe('#3B82F6');
  });

  it('maps a wide-gamut oklch colour into sRGB instead of refusing it', () => {
    const result = parseColor('oklch(0.7 0.4 145)');
    expect(result.ok).toBe(true);
  });

  it('refuses transparency, references and non-colours with a reason', () => {
    expect(parseColor('0 0% 100% / 50%')).toEqual({ ok: false, message: expect.stringContaining('transparent') });
    expect(parseColor('#ffffff80')).toEqual({ ok: false, message: expect.stringContaining('transparent') });
    expect(parseColor('var(--x)')).toEqual({ ok: false, message: expect.stringContaining('var(--x)') });
    expect(parseColor('0.5rem')).toEqual({ ok: false, message: expect.stringContaining('not a colour') });
    expect(parseColor('222 47%')).toEqual({ ok: false, message: expect.stringContaining('not a colour') });
    expect(parseColor('')).toEqual({ ok: false, message: 'has no value.' });
  });
});
