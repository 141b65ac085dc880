import { describe, expect, it } from 'vitest';
import { detectFormat, importTheme } from './import-theme';

// shadcn/ui v3 (HSL triplets) as its CLI writes it, cut down; `.dark` must not override `:root`.
const SHADCN_V3 = `@tailwind base;
@layer base {
  :root {
    --background: 0 0% 100%;
    --foreground: 222.2 84% 4.9%;
    --card: 0 0% 100%;
    --card-foreground: 222.2 84% 4.9%;
    --primary: 222.2 47.4% 11.2%;
    --primary-foreground: 210 40% 98%;
    --secondary: 210 40% 96.1%;
    --muted: 210 40% 96.1%;
    --muted-foreground: 215.4 16.3% 46.9%;
    --accent: 210 40% 96.1%;
    --accent-foreground: 222.2 47.4% 11.2%;
    --border: 214.3 31.8% 91.4%;
    --radius: 0.5rem;
  }
  .dark {
    --background: 222.2 84% 4.9%;
  }
}`;

// shadcn/ui v4: oklch in :root, referenced from `@theme inline`.
const SHADCN_V4 = `:root {
  --background: oklch(1 0 0);
  --foreground: oklch(0.145 0 0);
  --primary: oklch(0.205 0 0);
  --primary-foreground: oklch(0.985 0 0);
}
@theme inline {
  --color-background: var(--background);
  --color-primary: var(--primary);
  --font-sans: var(--font-geist-sans);
}`;

describe('importTheme: shadcn CSS', () => {
  it('matches same-named tokens, guesses the rest and says from what, leaves the others missing', () => {
    const result = importTheme(SHADCN_V3);
    expect(result.format).toBe('shadcn');
    expect(result.issues).toEqual([]);
    expect(result.tokens.background).toEqual({ status: 'matched', value: '#FFFFFF', from: '--background', line: 4 });
    expect(result.tokens.primary).toMatchObject({ status: 'matched', value: '#0F172A' });
    expect(result.tokens.text_on_primary).toEqual({ status: 'guessed', value: '#F8FAFC', from: '--primary-foreground', line: 9 });
    expect(result.tokens.tertiary).toMatchObject({ status: 'guessed', from: '--accent' });
    expect(result.tokens.text_on_tertiary).toMatchObject({ status: 'guessed', from: '--accent-foreground' });
    expect(result.tokens.text_on_muted).toMatchObject({ status: 'guessed', from: '--muted-foreground' });
    expect(result.tokens.text_on_card).toMatchObject({ status: 'guessed', from: '--card-foreground' });
    expect(result.tokens.text_on_secondary).toEqual({ status: 'missing' });
    expect(result.ignored).toEqual(['--background (line 19, defined again)', '--radius']);
  });

  it('reads oklch and follows var() in shadcn v4 files', () => {
    const result = importTheme(SHADCN_V4);
    expect(result.format).toBe('shadcn');
    expect(result.tokens.background).toMatchObject({ status: 'matched', value: '#FFFFFF', from: '--background' });
    expect(result.tokens.foreground).toMatchObject({ value: '#0A0A0A' });
    expect(result.font_secondary).toBeNull();
  });

  it('names the line of an invalid value, a declaration without a colon and a missing semicolon', () => {
    const result = importTheme(':root {\n  --background: 0 0% 100%;\n  --primary: 222 47%;\n  --muted 210 40% 96%;\n  --card: #fff\n  --border: #eee;\n}');
    expect(result.issues).toEqual([
      { line: 3, message: expect.stringMatching(/^--primary “222 47%” is not a colour\./) },
      { line: 4, message: expect.stringContaining('“--muted 210 40% 96%” has no colon') },
      { line: 5, message: '--card: “#fff” is missing its “;”.' },
    ]);
    expect(result.tokens.primary).toEqual({ status: 'missing' });
    expect(result.tokens.card).toMatchObject({ value: '#FFFFFF', line: 5 });
    expect(result.tokens.border).toMatchObject({ value: '#EEEEEE', line: 6 });
  });

  it('says when there is nothing to import', () => {
    expect(importTheme('  ').issues).toEqual([{ line: null, message: expect.stringContaining('nothing to import') }]);
  });
});

describe('importTheme: JSON', () => {
  it('names the line of a JSON syntax error', () => {
    const result = importTheme('{\n  "color": {\n    "primary": { "$value": "#fff" },\n  }\n}', 'dtcg');
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]!.line).toBe(4);
    expect(result.issues[0]!.message).toMatch(/^This is not valid JSON/);
  });

  it('DTCG: inherits $type, follows {aliases}, reads the 2025 object form, guesses other names', () => {
    const text = JSON.stringify(
      {
        base: { $type: 'color', blue: { $value: '#3b82f6' } },
        color: {
          $type: 'color',
          primary: { $value: '{base.blue}' },
          'primary-foreground': { $value: { colorSpace: 'srgb', components: [1, 1, 1] } },
          border: { $value: 'oklch(0.9 0 0)' },
          card: { $value: 'not a colour' },
        },
        font: { heading: { $type: 'fontFamily', $value: ['Lora', 'serif'] } },
      },
      null,
      2,
    );
    const result = importTheme(text);
    expect(result.format).toBe('dtcg');
    expect(result.tokens.primary).toMatchObject({ status: 'matched', value: '#3B82F6', from: 'color.primary' });
    expect(result.tokens.text_on_primary).toMatchObject({ status: 'guessed', value: '#FFFFFF' });
    expect(result.tokens.border).toMatchObject({ status: 'matched', value: '#DEDEDE' });
    expect(result.font_primary).toBe('Lora');
    expect(result.issues).toEqual([{ line: 26, message: expect.stringMatching(/^color\.card “not a colour” is not a colour/) }]);
    expect(result.ignored).toContain('base.blue');
  });

  it('API body and curl line: colours by key, a wrong one named by line in the whole text', () => {
    const curl = `curl -X POST https://api.nextdocs.io/v1/themes \\\n  --data-binary @- <<'JSON'\n{\n  "name": "X",\n  "colors": {\n    "primary": "#12345"\n  }\n}\nJSON`;
    expect(detectFormat(curl)).toBe('api');
    const result = importTheme(curl);
    expect(result.name).toBe('X');
    expect(result.issues).toEqual([{ line: 6, message: expect.stringContaining('colors.primary “#12345” is not a colour') }]);
    expect(importTheme('{"name": "X"}', 'api').issues[0]!.message).toContain('“colors”');
  });
});

describe('detectFormat', () => {
  it('tells the formats apart', () => {
    expect(detectFormat('@theme {\n  --color-primary: #000;\n}')).toBe('tailwind');
    expect(detectFormat(':root { --brand-primary: #000; }')).toBe('css');
    expect(detectFormat('{"colors": {}}')).toBe('api');
    expect(detectFormat('{"color": {"primary": {"$value": "#000"}}}')).toBe('dtcg');
    expect(detectFormat(SHADCN_V4)).toBe('shadcn');
  });
});
