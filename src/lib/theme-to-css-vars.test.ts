import { describe, expect, it } from 'vitest';
import { THEME_COLOR_TOKENS } from '@contract';
import { GENERIC_STACKS } from './fonts-catalog';
import {
  COLOR_TOKENS,
  DEFAULT_COLORS,
  FONT_PRIMARY_VAR,
  FONT_SECONDARY_VAR,
  safeColor,
  themeToCssVars,
  type BrandCssVars,
  type ThemeLike,
} from './theme-to-css-vars';

const SAFE_FONT_VALUE = /^[A-Za-z][A-Za-z0-9 -]*(?:, [A-Za-z][A-Za-z0-9 -]*)*$/;
const FORBIDDEN = /url\(|;|[{}\\'"]/i;

/** The property test's checks on one output; returns what is wrong so a failure says why. */
function violations(vars: BrandCssVars): string[] {
  const found: string[] = [];
  for (const token of COLOR_TOKENS) {
    const value = vars[`--brand-${token.replaceAll('_', '-')}`];
    if (value === undefined || !/^#[0-9A-F]{6}$/.test(value)) found.push(`${token}=${String(value)}`);
  }
  for (const name of [FONT_PRIMARY_VAR, FONT_SECONDARY_VAR] as const) {
    const value = vars[name];
    if (value === undefined || !SAFE_FONT_VALUE.test(value)) found.push(`${name}=${String(value)}`);
  }
  for (const [name, value] of Object.entries(vars)) if (FORBIDDEN.test(value)) found.push(`${name} forbidden`);
  return found;
}

/** Small seeded PRNG (mulberry32) so a failing case can be replayed from the printed seed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE = [
  'red',
  '#fff; background: url(https://evil.example/x)',
  'url(javascript:alert(1))',
  '#12345G',
  '#1234567',
  '"Inter"',
  "Inter'; }",
  'Inter\\',
  '} body { display:none',
  'expression(alert(1))',
  '#ABCDEF\n',
  'Comic Sans MS, serif',
  '\u0000',
  'Ｉｎｔｅｒ',
];

function arbitraryString(next: () => number): string {
  const roll = next();
  if (roll < 0.3) return HOSTILE[Math.floor(next() * HOSTILE.length)]!;
  if (roll < 0.45)
    return `#${Math.floor(next() * 0xffffff)
      .toString(16)
      .padStart(6, '0')}`;
  if (roll < 0.5)
    return `#${Math.floor(next() * 0xfff)
      .toString(16)
      .padStart(3, '0')}`;
  const length = Math.floor(next() * 24);
  let out = '';
  for (let i = 0; i < length; i++) {
    // Mostly printable ASCII, sometimes any BMP code unit (lone surrogates included).
    out += String.fromCharCode(next() < 0.8 ? 32 + Math.floor(next() * 95) : Math.floor(next() * 0xffff));
  }
  return out;
}

function arbitraryValue(next: () => number): unknown {
  const roll = next();
  if (roll < 0.8) return arbitraryString(next);
  if (roll < 0.85) return null;
  if (roll < 0.9) return undefined;
  if (roll < 0.95) return Math.floor(next() * 1e6);
  return { toString: () => '#FFFFFF' };
}

function arbitraryTheme(next: () => number): ThemeLike {
  const colors: Record<string, unknown> = {};
  for (const token of COLOR_TOKENS) if (next() < 0.95) colors[token] = arbitraryValue(next);
  if (next() < 0.05) colors['__proto__'] = { primary: 'url(x)' };
  return {
    colors: next() < 0.05 ? arbitraryValue(next) : colors,
    font_primary: arbitraryValue(next),
    font_secondary: arbitraryValue(next),
  };
}

describe('themeToCssVars', () => {
  it('lists the same 13 tokens as the contract', () => {
    expect([...COLOR_TOKENS]).toEqual([...THEME_COLOR_TOKENS]);
  });

  it('maps a valid theme to --brand-* variables', () => {
    const vars = themeToCssVars({
      colors: { ...DEFAULT_COLORS, primary: '#3b82f6', text_on_primary: '#fff' },
      font_primary: 'Playfair Display',
      font_secondary: 'Source Serif 4',
    });
    expect(vars['--brand-primary']).toBe('#3B82F6');
    expect(vars['--brand-text-on-primary']).toBe('#FFFFFF');
    expect(vars['--brand-background']).toBe('#FFFFFF');
    expect(vars[FONT_PRIMARY_VAR]).toBe(`Playfair Display, ${GENERIC_STACKS.serif}`);
    // The alias: "Source Serif 4" is not a valid unquoted family name.
    expect(vars[FONT_SECONDARY_VAR]).toBe(`Source Serif Four, ${GENERIC_STACKS.serif}`);
    expect(Object.keys(vars)).toHaveLength(15);
  });

  it('drops invalid values for defaults and fonts it does not ship for a generic family', () => {
    const vars = themeToCssVars({
      colors: { primary: 'red', border: '#fff; color: red', card: 'url(https://evil.example/)' },
      font_primary: '"Inter"; background: url(x)',
      font_secondary: 'Fira Code',
    });
    expect(vars['--brand-primary']).toBe(DEFAULT_COLORS.primary);
    expect(vars['--brand-border']).toBe(DEFAULT_COLORS.border);
    expect(vars['--brand-card']).toBe(DEFAULT_COLORS.card);
    expect(vars[FONT_PRIMARY_VAR]).toBe(GENERIC_STACKS['sans-serif']);
    expect(vars[FONT_SECONDARY_VAR]).toBe(GENERIC_STACKS.monospace);
  });

  it('survives null, missing colours and non-objects', () => {
    for (const theme of [null, undefined, {}, { colors: 'x' }, { colors: [] }]) {
      expect(violations(themeToCssVars(theme as ThemeLike))).toEqual([]);
    }
  });

  it('property test: 10,000 arbitrary themes produce only safe values', () => {
    // A fixed seed, so CI runs are repeatable; set VITE_PROPERTY_SEED to explore others.
    const seed = Number(import.meta.env.VITE_PROPERTY_SEED ?? 20261123);
    const next = rng(seed);
    for (let run = 0; run < 10_000; run++) {
      const theme = arbitraryTheme(next);
      const found = violations(themeToCssVars(theme));
      if (found.length) throw new Error(`seed ${seed}, run ${run}: ${found.join(', ')} from ${JSON.stringify(theme)}`);
    }
  });

  it('negative control: the same checks catch a pass-through implementation', () => {
    const naive = (theme: ThemeLike): BrandCssVars => {
      const colors = (theme.colors ?? {}) as Record<string, string>;
      const vars: BrandCssVars = {};
      for (const token of COLOR_TOKENS) vars[`--brand-${token.replaceAll('_', '-')}`] = String(colors[token]);
      vars[FONT_PRIMARY_VAR] = String(theme.font_primary);
      vars[FONT_SECONDARY_VAR] = String(theme.font_secondary);
      return vars;
    };
    const next = rng(1);
    let caught = 0;
    for (let run = 0; run < 200; run++) if (violations(naive(arbitraryTheme(next))).length) caught++;
    expect(caught).toBeGreaterThan(150);
  });
});

describe('safeColor', () => {
  it.each([
    ['#abc', '#AABBCC'],
    ['#A1b2C3', '#A1B2C3'],
    ['#ABCDEF', '#ABCDEF'],
  ])('%s → %s', (input, expected) => expect(safeColor(input)).toBe(expected));

  it.each(['abc', '#abcd', '#ABCDEFF', ' #ABCDEF', '#ABCDEF ', 'rgb(0,0,0)', '', null, 7])('refuses %o', (input) => {
    expect(safeColor(input)).toBeNull();
  });
});
