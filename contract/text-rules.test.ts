import { describe, expect, it } from 'vitest';
import { AssetCategory, AssetTag } from './asset.ts';
import { AiInstruction, BrandName } from './brand.ts';
import { FontName, ThemeName } from './theme.ts';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : (result.error?.issues ?? []).map((i) => i.message);

describe('text rules shared by the forms and the server', () => {
  it.each([
    ['a lone high surrogate', 'Acme \uD800', /well-formed/],
    ['a lone low surrogate', '\uDC00Acme', /well-formed/],
    ['NUL', 'Ac\u0000me', /control/],
    ['a line break', 'Acme\ncorp', /control/],
    ['a tab', 'Acme\t', /control/],
    ['a right-to-left override', 'logo\u202Egnp.exe', /direction/],
    ['a left-to-right embedding', '\u202Ax', /direction/],
    ['a first-strong isolate', 'a\u2068b\u2069', /direction/],
  ])('labels refuse %s, with one message', (_, value, message) => {
    for (const schema of [BrandName, ThemeName, FontName, AssetTag, AssetCategory]) {
      const found = messages(schema.safeParse(value));
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(message);
    }
  });

  it('labels accept emoji, accents, right-to-left letters and the bidi marks that are not overrides', () => {
    for (const value of ['\u{1F3A8} Studio', 'Cafe\u0301', '\u05E9\u05DC\u05D5\u05DD', 'a\u200Fb', '\u{1F1E9}\u{1F1EA}']) {
      expect(BrandName.safeParse(value).success).toBe(true);
      expect(AssetTag.safeParse(value).success).toBe(true);
    }
  });

  it('the AI instruction keeps line breaks and tabs but not other control characters or lone surrogates', () => {
    expect(AiInstruction.safeParse('One.\nTwo.\r\n\tThree \u202E is fine here.').success).toBe(true);
    expect(messages(AiInstruction.safeParse('Bell\u0007'))).toEqual([expect.stringMatching(/control/)]);
    expect(messages(AiInstruction.safeParse('x\u001B[31m'))).toHaveLength(1);
    expect(messages(AiInstruction.safeParse('\uD83D'))).toEqual([expect.stringMatching(/well-formed/)]);
  });
});
