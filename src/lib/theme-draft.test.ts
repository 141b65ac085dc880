import { describe, expect, it } from 'vitest';
import { blankDraft, changedTokens, createBody, draftFromTheme, duplicateDraft, isEmptyPatch, themePatch } from './theme-draft';

const saved = { ...blankDraft(), name: 'Ocean' };

describe('themePatch', () => {
  it('is empty when nothing changed, even if a colour is written another way', () => {
    const draft = { ...saved, colors: { ...saved.colors, background: '#fff' } };
    expect(themePatch(saved, draft)).toEqual({});
    expect(isEmptyPatch(themePatch(saved, draft))).toBe(true);
  });

  it('sends only the changed tokens, normalised, and only the changed fields', () => {
    const draft = { ...saved, font_secondary: 'Lora', colors: { ...saved.colors, primary: '#a1b', border: '#123456' } };
    const patch = themePatch(saved, draft);
    expect(patch).toEqual({ font_secondary: 'Lora', colors: { primary: '#AA11BB', border: '#123456' } });
    expect(changedTokens(patch)).toEqual(['primary', 'border']);
  });

  it('trims the name and sends it only when it really changed', () => {
    expect(themePatch(saved, { ...saved, name: '  Ocean ' })).toEqual({});
    expect(themePatch(saved, { ...saved, name: ' Sea ' })).toEqual({ name: 'Sea' });
  });
});

describe('drafts', () => {
  const theme = {
    name: 'Paper',
    font_primary: null,
    font_secondary: 'Lora',
    colors: { ...blankDraft().colors, primary: '#abc', card: 'url(x)' },
  };

  it('start from a theme with normalised colours, defaults for what cannot be trusted, and a font', () => {
    const draft = draftFromTheme(theme);
    expect(draft.colors.primary).toBe('#AABBCC');
    expect(draft.colors.card).toBe(blankDraft().colors.card);
    expect(draft.font_primary).toBe('Inter');
  });

  it('a duplicate is named as a copy', () => {
    expect(duplicateDraft(theme).name).toBe('Paper copy');
  });

  it('the create body carries the scope only when there is one', () => {
    expect(createBody({ ...saved, name: ' X ' }, undefined)).not.toHaveProperty('org_id');
    expect(createBody(saved, 'org_1')).toMatchObject({ name: 'Ocean', org_id: 'org_1' });
  });
});
