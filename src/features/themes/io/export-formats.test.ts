import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FontName, ThemeCreate, ThemeName } from '@contract';
import { EXPORT_FORMATS, fileSlug } from './export-formats';
import { apiBody, exportApiBody, exportCurl, exportDtcg, FALLBACK_FONT } from './export-json';
import { exportCssVars, exportTailwind } from './export-css';
import { importTheme } from './import-theme';
import { COLOR_TOKENS, type ThemeDraft } from './theme-draft';

const OCEAN: ThemeDraft = {
  name: 'Ocean',
  font_primary: 'Playfair Display',
  font_secondary: 'Inter',
  colors: {
    background: '#FFFFFF',
    foreground: '#1F1F1F',
    muted: '#F5F5F5',
    card: '#FAFAFA',
    text_on_muted: '#6B7280',
    text_on_card: '#374151',
    primary: '#3B82F6',
    secondary: '#8B5CF6',
    tertiary: '#EC4899',
    text_on_primary: '#FFFFFF',
    text_on_secondary: '#FFFFFF',
    text_on_tertiary: '#FFFFFF',
    border: '#E5E7EB',
  },
};

describe('exports', () => {
  it('CSS variables use the app’s --brand-* names, with the fonts as stacks', () => {
    const css = exportCssVars(OCEAN);
    expect(css).toContain('/* Theme: Ocean */\n:root {\n  --brand-background: #FFFFFF;');
    expect(css).toContain('  --brand-text-on-primary: #FFFFFF;');
    expect(css).toContain('  --brand-font-primary: "Playfair Display", ui-serif, Georgia, serif;');
    expect(css).toContain('  --brand-font-secondary: "Inter", ui-sans-serif, system-ui, sans-serif;');
    expect(css.match(/--brand-(?!font)[\w-]+:/g)).toHaveLength(13);
  });

  it('Tailwind v4 puts colours in --color-* and fonts in --font-* inside @theme', () => {
    const css = exportTailwind(OCEAN);
    expect(css).toMatch(/^\/\* Theme: Ocean \*\/\n@theme \{\n/);
    expect(css).toContain('  --color-tertiary: #EC4899;');
    expect(css).toContain('  --font-primary: "Playfair Display", ui-serif, Georgia, serif;');
  });

  it('DTCG JSON has 13 colour tokens and two fontFamily tokens', () => {
    const doc = JSON.parse(exportDtcg(OCEAN)) as Record<string, Record<string, { $type: string; $value: string }>>;
    expect(Object.keys(doc.color!)).toEqual([...COLOR_TOKENS]);
    expect(doc.color!.primary).toEqual({ $type: 'color', $value: '#3B82F6' });
    expect(doc.font!.primary).toEqual({ $type: 'fontFamily', $value: 'Playfair Display' });
  });

  it('the API body validates against ThemeCreate, and the curl line carries it and the documented base URL', () => {
    expect(ThemeCreate.safeParse(JSON.parse(exportApiBody(OCEAN))).success).toBe(true);
    const curl = exportCurl(OCEAN);
    expect(curl).toMatch(/^curl -X POST https:\/\/api\.nextdocs\.io\/v1\/themes/);
    expect(curl).toContain('Authorization: Bearer $NEXTDOCS_API_KEY');
    expect(curl).toContain(exportApiBody(OCEAN).trimEnd());
  });

  it('a draft without fonts still gives a body the API accepts', () => {
    const body = apiBody({ ...OCEAN, name: '', font_primary: null, font_secondary: null });
    expect(body.font_primary).toBe(FALLBACK_FONT);
    expect(ThemeCreate.safeParse(body).success).toBe(true);
    expect(exportCssVars({ ...OCEAN, font_primary: null })).not.toContain('--brand-font-primary');
  });

  it('file names are slugs', () => {
    expect(fileSlug('Océan Blue / 2')).toBe('ocean-blue-2');
    expect(fileSlug('✨')).toBe('theme');
  });
});

const hex = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map(([r, g, b]) => `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}`.toUpperCase());
// Names and fonts as the API accepts them, including quotes, backslashes and comment terminators.
const text = (schema: typeof ThemeName) =>
  fc
    .string({ minLength: 1, maxLength: 40, unit: fc.constantFrom(...'ab Z9"\'\\*/{}:;,-_é✨'.split(''), 'JSON') })
    .filter((s) => s.trim() === s && schema.safeParse(s).success);
const draft: fc.Arbitrary<ThemeDraft> = fc.record({
  name: text(ThemeName),
  font_primary: text(FontName),
  font_secondary: text(FontName),
  colors: fc.record(Object.fromEntries(COLOR_TOKENS.map((t) => [t, hex])) as Record<(typeof COLOR_TOKENS)[number], typeof hex>),
});

describe('round trip: export then import gives the same theme', () => {
  for (const format of EXPORT_FORMATS) {
    it(`${format.label}: every token matched and identical, name and fonts kept`, () => {
      fc.assert(
        fc.property(draft, (d) => {
          const text = format.render(d);
          for (const as of ['auto', format.importAs] as const) {
            const result = importTheme(text, as);
            expect(result.issues).toEqual([]);
            expect(result.format).toBe(format.importAs);
            for (const token of COLOR_TOKENS) {
              expect(result.tokens[token]).toMatchObject({ status: 'matched', value: d.colors[token] });
            }
            expect({ name: result.name, font_primary: result.font_primary, font_secondary: result.font_secondary }).toEqual({
              name: d.name,
              font_primary: d.font_primary,
              font_secondary: d.font_secondary,
            });
          }
        }),
        { numRuns: 60 },
      );
    });
  }
});
