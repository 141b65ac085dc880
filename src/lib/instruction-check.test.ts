// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { seededKits } from '@/testing/server-seeded-kits';
import { applyFinding, checkInstruction, kitSummaryLine, upsertVisualStyleLine, type InstructionKit } from './instruction-check';

const NOIR = {
  name: 'Studio Noir',
  font_primary: 'Space Grotesk',
  font_secondary: 'Inter',
  colors: { background: '#0B0B0F', foreground: '#F4F4F5', primary: '#E11D48', secondary: '#27272A', border: '#3F3F46' },
};
const FOREST = { name: 'Forest', font_primary: 'Merriweather', font_secondary: 'Open Sans', colors: {} };
const PAPER = { name: 'Paper White', font_primary: 'Source Serif 4', font_secondary: 'Inter', colors: {} };

const kit: InstructionKit = {
  brandName: 'Bluefin Coffee',
  theme: NOIR,
  assets: [
    { name: 'Monogram mark', slug: 'monogram-mark', format: 'svg' },
    { name: 'Bottle product shot', slug: 'bottle-product-shot', format: 'jpg' },
  ],
  otherThemes: [FOREST, PAPER, NOIR],
  otherAssets: [{ name: 'Alpine lake at dawn', format: 'jpg' }, { name: 'Monogram mark' }, { name: 'App' }],
};

const summary = 'Visual style: Space Grotesk for headings, Inter for body text; keep the Studio Noir palette for buttons and links.';
const check = (text: string, k: InstructionKit = kit) => checkInstruction(text, k);
const found = (text: string, k?: InstructionKit) => check(text, k).map((f) => [f.kind, f.found, f.replacement]);

describe('checkInstruction', () => {
  it('finds nothing in an instruction that matches the kit', () => {
    const text = `You write for Bluefin Coffee.\nUse #E11D48 for calls to action and the Monogram mark on covers (monogram-mark.svg).\n${summary}`;
    expect(check(text)).toEqual([]);
  });

  it('flags fonts of the Visual style line by role, with the theme font as replacement', () => {
    const text = 'Visual style: Poppins for headings, Lato for body text; keep the Studio Noir palette for buttons and links.';
    expect(found(text)).toEqual([
      ['font', 'Poppins', 'Space Grotesk'],
      ['font', 'Lato', 'Inter'],
    ]);
  });

  it('flags an unknown font in the Visual style line and swapped roles', () => {
    expect(found('Visual style: Comic Neue for headings, Inter for body text.')).toEqual([['font', 'Comic Neue', 'Space Grotesk']]);
    expect(found('Visual style: Inter for headings, Space Grotesk for body text.')).toEqual([
      ['font', 'Inter', 'Space Grotesk'],
      ['font', 'Space Grotesk', 'Inter'],
    ]);
  });

  it('flags known fonts anywhere, choosing heading or body font from the words after', () => {
    expect(found('Set titles in Playfair Display.')).toEqual([['font', 'Playfair Display', 'Space Grotesk']]);
    expect(found('Use Georgia for body copy.')).toEqual([['font', 'Georgia', 'Inter']]);
    // Fonts of other themes the page knows count too.
    expect(found('Merriweather everywhere.')).toEqual([['font', 'Merriweather', 'Space Grotesk']]);
  });

  it('reads the longest font name and never part of a word or of the kit font', () => {
    const k = { ...kit, theme: { ...NOIR, font_secondary: 'Nunito Sans' } };
    expect(found('Body text in Nunito Sans; code in Roboto Mono.', k)).toEqual([['font', 'Roboto Mono', 'Space Grotesk']]);
    expect(found('Internal notes use Interstate-like spacing; Latoya wrote it.')).toEqual([]);
  });

  it('flags a palette or theme name that is not the brand’s', () => {
    expect(found('Keep the Midnight Sky palette for buttons.')).toEqual([['theme', 'Midnight Sky', 'Studio Noir']]);
    expect(found('Match the Paper White look.')).toEqual([['theme', 'Paper White', 'Studio Noir']]);
    expect(found('Use Forest colours for charts.')).toEqual([['theme', 'Forest', 'Studio Noir']]);
  });

  it('leaves one-word theme names alone unless called a palette, and generic or own names always', () => {
    expect(found('Photos of the Forest trail at dawn.')).toEqual([]);
    expect(found('Keep the Brand palette; the Studio Noir theme; the Bluefin Coffee palette.')).toEqual([]);
  });

  it('flags hex colours that are not tokens, offering the closest token', () => {
    const [finding] = check('Buttons are #E11D49 and text #f4f4f5.');
    expect(finding).toMatchObject({ kind: 'color', found: '#E11D49', replacement: '#E11D48' });
    expect(finding!.message).toContain('primary #E11D48');
    expect(found('Links #fff.')).toEqual([['color', '#fff', '#F4F4F5']]);
    expect(found('Accent #123.')).toEqual([['color', '#123', '#27272A']]);
  });

  it('ignores things shaped like colours that are not (#1 heading, &#123;, #abcdefg)', () => {
    expect(found('Point #1, issue #42, entity &#123; and #abcdefg.')).toEqual([]);
  });

  it('flags assets named that are not linked, offering a linked one of the same format', () => {
    expect(found('Open with hero.jpg.')).toEqual([['asset', 'hero.jpg', 'Bottle product shot']]);
    expect(found('Cover: logo.svg')).toEqual([['asset', 'logo.svg', 'Monogram mark']]);
    expect(found('Close on the Alpine lake at dawn photo.')).toEqual([['asset', 'Alpine lake at dawn', 'Bottle product shot']]);
    // Linked ones, by name or file name, and names too short to be sure of, are fine.
    expect(found('The Monogram mark, bottle-product-shot.jpg and the App.')).toEqual([]);
  });

  it('has no replacement when the kit has nothing to offer', () => {
    const bare: InstructionKit = { theme: null, assets: [] };
    const findings = check('Visual style: Poppins for headings. Use #123456 and hero.png in the Forest palette.', bare);
    expect(findings.map((f) => [f.kind, f.replacement])).toEqual([
      ['font', null],
      ['color', null],
      ['asset', null],
      ['theme', null],
    ]);
    expect(findings.every((f) => f.message.length > 0)).toBe(true);
  });

  it('gives exact ranges, sorted, and applying every fix leaves nothing to find', () => {
    let text = `Headings in Poppins, accent #E11D49, see the Forest palette and hero.jpg.\nVisual style: Lato for headings, Inter for body text; keep the Forest palette for buttons and links.`;
    const findings = check(text);
    expect(findings.map((f) => f.start)).toEqual([...findings.map((f) => f.start)].sort((a, b) => a - b));
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.found);
    // Apply from the end so earlier ranges stay valid.
    for (const f of [...findings].reverse()) text = applyFinding(text, f);
    expect(check(text)).toEqual([]);
    expect(text).toContain(summary);
  });

  it('applyFinding leaves the text as it is when there is no replacement', () => {
    const [f] = check('hero.png', { theme: NOIR, assets: [] });
    expect(applyFinding('hero.png', f!)).toBe('hero.png');
  });

  it('finds nothing in any seeded instruction checked against its own brand kit', () => {
    const { kits, themes, assets } = seededKits();
    const seeded = kits.filter((k) => k.instruction !== null && k.theme !== null);
    expect(seeded.length).toBeGreaterThan(10);
    for (const k of seeded) {
      const kitOf: InstructionKit = { brandName: k.brandName, theme: k.theme, assets: k.assets, otherThemes: themes, otherAssets: assets };
      expect(checkInstruction(k.instruction!, kitOf), k.brandName).toEqual([]);
      expect(k.instruction).toContain(kitSummaryLine(kitOf));
    }
    // …and the same instructions against another theme are caught.
    const moved = seeded.find((k) => k.theme!.name !== 'Forest')!;
    const stale = checkInstruction(moved.instruction!, { theme: FOREST, assets: [], otherThemes: themes });
    expect(stale.map((f) => f.kind)).toContain('theme');
    expect(stale.map((f) => f.kind)).toContain('font');
  }, 20_000);
});

describe('kitSummaryLine and upsertVisualStyleLine', () => {
  it('sums the kit up in the seeded words', () => {
    expect(kitSummaryLine(kit)).toBe(summary);
    expect(kitSummaryLine({ theme: { ...NOIR, font_primary: null } })).toBe('Visual style: Inter for body text; keep the Studio Noir palette for buttons and links.');
    expect(kitSummaryLine({ theme: null })).toBe('Visual style: no theme is set for this brand.');
  });

  it('appends the line when there is none', () => {
    expect(upsertVisualStyleLine('', kit)).toBe(summary);
    expect(upsertVisualStyleLine('Voice: warm.\n\n', kit)).toBe(`Voice: warm.\n${summary}`);
  });

  it('refreshes the line in place, keeps the rest, and leaves only one', () => {
    const text = 'Voice: warm.\nVisual style: Lato for headings.\nNever: shout.\nvisual style: old duplicate\n';
    expect(upsertVisualStyleLine(text, kit)).toBe(`Voice: warm.\n${summary}\nNever: shout.\n`);
    expect(upsertVisualStyleLine('A\r\nVisual style: x\r\nB', kit)).toBe(`A\r\n${summary}\r\nB`);
  });

  it('is idempotent, and refreshing clears the findings the line had', () => {
    const once = upsertVisualStyleLine('Visual style: Poppins for headings, Lato for body text; keep the Forest palette.', kit);
    expect(upsertVisualStyleLine(once, kit)).toBe(once);
    expect(check(once)).toEqual([]);
  });
});
