import { describe, expect, it } from 'vitest';
import { BUNDLED_FONTS, fontInfo, GENERIC_STACKS, guessGeneric } from './fonts-catalog';
import { FONT_LOADERS } from './fonts';

/**
 * Reads a file beside this one as text. Node's fs through a dynamic import: the app's tsconfig
 * has no Node types, and Vitest hands `?raw` CSS imports over empty. Only text is read (the
 * fontsource stylesheets, the seed's SQL); nothing of the server runs here.
 */
async function readText(relative: string): Promise<string> {
  const fs = (await import(/* @vite-ignore */ 'node:fs' as string)) as { readFileSync(u: URL, e: 'utf8'): string };
  return fs.readFileSync(new URL(relative, import.meta.url), 'utf8');
}

describe('fontInfo', () => {
  it('uses the bundled family and its generic fallback', () => {
    expect(fontInfo('Inter')).toEqual({
      name: 'Inter',
      status: 'bundled',
      generic: 'sans-serif',
      stack: `Inter, ${GENERIC_STACKS['sans-serif']}`,
    });
    expect(fontInfo('JetBrains Mono').stack).toBe(`JetBrains Mono, ${GENERIC_STACKS.monospace}`);
  });

  it('falls back to a similar generic family for fonts it does not ship', () => {
    expect(fontInfo('Fira Code')).toMatchObject({ status: 'not-bundled', generic: 'monospace' });
    expect(fontInfo('EB Garamond')).toMatchObject({ status: 'not-bundled', generic: 'serif' });
    expect(fontInfo('Comic Neue')).toMatchObject({ status: 'not-bundled', generic: 'sans-serif' });
    expect(fontInfo('Comic Neue').stack).toBe(GENERIC_STACKS['sans-serif']);
  });

  it('refuses unsafe names and reports missing ones', () => {
    expect(fontInfo("Inter'; x")).toMatchObject({ status: 'invalid', name: "Inter'; x" });
    expect(fontInfo('Inter\u0000')).toMatchObject({ status: 'invalid' });
    expect(fontInfo(null)).toMatchObject({ status: 'missing', name: null });
    expect(fontInfo('  ')).toMatchObject({ status: 'missing' });
  });

  it('matches names exactly, never through the prototype', () => {
    expect(fontInfo('constructor').status).toBe('not-bundled');
    expect(fontInfo('inter').status).toBe('not-bundled');
  });

  it('guesses generic families', () => {
    expect(guessGeneric('Source Code Pro')).toBe('monospace');
    expect(guessGeneric('PT Serif')).toBe('serif');
    expect(guessGeneric('Noto Serif Sans')).toBe('sans-serif');
  });
});

describe('bundled fonts', () => {
  it('has a lazy loader for every bundled family, and no loader for anything else', () => {
    expect(Object.keys(FONT_LOADERS).sort()).toEqual(Object.keys(BUNDLED_FONTS).sort());
  });

  it('declares every bundled family under the name the catalog uses in CSS', async () => {
    for (const [name, font] of Object.entries(BUNDLED_FONTS)) {
      if (font.cssFamily) {
        expect(await readText('./fonts-source-serif-4.css')).toContain(`font-family: ${font.cssFamily};`);
        continue;
      }
      const pkg = name.toLowerCase().replaceAll(' ', '-');
      const css = await readText(`../../node_modules/@fontsource/${pkg}/400.css`);
      expect(css, name).toContain(`font-family: '${name}'`);
    }
  });

  it('covers every font the system themes use', async () => {
    const sql = await readText('../../server/db/migrations/002-system-themes.sql');
    const fonts = [...sql.matchAll(/\d, '([^']+)', '([^']+)',\n/g)].flatMap((m) => [m[1]!, m[2]!]);
    expect(fonts.length).toBeGreaterThanOrEqual(20);
    for (const font of fonts) expect(fontInfo(font).status, font).toBe('bundled');
  });
});
