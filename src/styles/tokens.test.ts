import { interpolate, formatHex, wcagContrast } from 'culori';
import { describe, expect, it } from 'vitest';

/**
 * The app's own tokens (index.css), both palettes: every pair the app draws text or controls with
 * meets WCAG 2.2 contrast, 4.5:1 for text and 3:1 for borders (`border`, `input`) and the focus ring.
 * The CSS is parsed, so the test and the stylesheet cannot disagree.
 */
async function readText(relative: string): Promise<string> {
  const fs = (await import(/* @vite-ignore */ 'node:fs' as string)) as { readFileSync(u: URL, e: 'utf8'): string };
  return fs.readFileSync(new URL(relative, import.meta.url), 'utf8');
}

type Palette = Record<string, string>;

/** The custom properties declared in the first block that opens with `selector {`. */
function block(css: string, selector: string): Palette {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--([a-z-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

const css = await readText('./index.css');
const light = block(css, ':root');
const systemDark = block(css, ':root:not(.light)');
const dark = block(css, ':root.dark');

/** A colour at `alpha` over another, as `bg-warning/10` paints it. */
function over(color: string, alpha: number, base: string): string {
  return formatHex(interpolate([base, color], 'rgb')(alpha));
}

const SURFACES = ['background', 'card', 'muted'] as const;
const TEXT_ON_SURFACE = ['foreground', 'card-foreground', 'muted-foreground', 'primary', 'destructive', 'success', 'warning'];
const FILLED = ['primary', 'secondary', 'destructive', 'success', 'warning'] as const;

function pairs(p: Palette): { fg: string; bg: string; min: number; name: string }[] {
  const list: { fg: string; bg: string; min: number; name: string }[] = [];
  for (const surface of SURFACES) {
    for (const text of TEXT_ON_SURFACE) list.push({ fg: p[text]!, bg: p[surface]!, min: 4.5, name: `${text} on ${surface}` });
    list.push({ fg: p.border!, bg: p[surface]!, min: 3, name: `border on ${surface}` });
    list.push({ fg: p.input!, bg: p[surface]!, min: 3, name: `input on ${surface}` });
    list.push({ fg: p.ring!, bg: p[surface]!, min: 3, name: `ring on ${surface}` });
  }
  for (const fill of FILLED) list.push({ fg: p[`${fill}-foreground`]!, bg: p[fill]!, min: 4.5, name: `${fill}-foreground on ${fill}` });
  list.push({ fg: p.background!, bg: p.foreground!, min: 4.5, name: 'background on foreground (tooltips)' });
  // Tinted badges (text in a colour on a 10% wash of it) and warning notices (body text on the wash).
  for (const tint of ['primary', 'destructive'] as const) {
    list.push({ fg: p[tint]!, bg: over(p[tint]!, 0.1, p.background!), min: 4.5, name: `${tint} on ${tint}/10` });
  }
  list.push({ fg: p.foreground!, bg: over(p.warning!, 0.1, p.background!), min: 4.5, name: 'foreground on warning/10' });
  return list;
}

describe('app tokens', () => {
  it('parses all three palettes with the same tokens', () => {
    expect(Object.keys(light).length).toBeGreaterThanOrEqual(19);
    expect(Object.keys(dark).sort()).toEqual(Object.keys(light).sort());
  });

  it('declares the dark palette identically for the class and the system preference', () => {
    expect(systemDark).toEqual(dark);
  });

  it('really changes the palette in dark mode', () => {
    expect(dark.background).not.toBe(light.background);
    expect(dark.foreground).not.toBe(light.foreground);
  });

  for (const [mode, palette] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it(`meets the contrast minimum for every pair in ${mode} mode`, () => {
      const failures = pairs(palette)
        .map((pair) => ({ ...pair, ratio: wcagContrast(pair.fg, pair.bg) }))
        .filter((pair) => pair.ratio < pair.min)
        .map((pair) => `${pair.name}: ${pair.ratio.toFixed(2)} < ${pair.min}`);
      expect(failures).toEqual([]);
    });
  }

  it('fails a pair that is too faint (the check can fail)', () => {
    expect(wcagContrast('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(pairs({ ...dark, 'muted-foreground': '#334155' }).some((p) => p.name === 'muted-foreground on muted' && wcagContrast(p.fg, p.bg) < p.min)).toBe(true);
  });
});
