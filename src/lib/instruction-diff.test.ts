import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffCounts, diffWords, summarizeChange } from './instruction-diff';

const BASE = 'Intro.\n\nVoice: warm.\n\nAlways:\n- a rule\n- b rule\n\nNever:\n- x rule';

describe('diffWords', () => {
  it('marks words added and removed, keeping the rest', () => {
    expect(diffWords('be warm and kind', 'be calm and kind')).toEqual([
      { type: 'same', text: 'be ' },
      { type: 'added', text: 'calm' },
      { type: 'removed', text: 'warm' },
      { type: 'same', text: ' and kind' },
    ]);
    expect(diffWords('', 'new')).toEqual([{ type: 'added', text: 'new' }]);
    expect(diffWords('old', '')).toEqual([{ type: 'removed', text: 'old' }]);
    expect(diffCounts(diffWords('one two three', 'one four five three'))).toEqual({ added: 2, removed: 1 });
  });

  it('rebuilds both texts from its parts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), (a, b) => {
        const parts = diffWords(a, b);
        const before = parts
          .filter((p) => p.type !== 'added')
          .map((p) => p.text)
          .join('');
        const after = parts
          .filter((p) => p.type !== 'removed')
          .map((p) => p.text)
          .join('');
        return before === a && after === b;
      }),
      { numRuns: 300 },
    );
  });
});

describe('summarizeChange', () => {
  it('counts rules and names changed sections', () => {
    expect(
      summarizeChange(BASE, BASE.replace('- b rule', '- b rule\n- c rule\n- d rule').replace('warm', 'calm')),
    ).toBe('Voice changed, +2 Always rules');
    expect(summarizeChange(BASE, BASE.replace('- x rule', '- y rule'))).toBe('1 Never rule edited');
    expect(summarizeChange(BASE, BASE.replace('- a rule\n- b rule', '- b rule\n- a rule'))).toBe(
      'Always rules reordered',
    );
    expect(summarizeChange(BASE, BASE.replace('\n- b rule', ''))).toBe('−1 Always rule');
    expect(summarizeChange(BASE, `${BASE}\n\nExamples:\n- z`)).toBe('Other text changed');
    expect(summarizeChange(BASE, BASE.replace('Intro.\n\n', ''))).toBe('Opening removed');
    expect(summarizeChange(BASE, BASE.replace('Voice: warm.', 'Voice: warm.\nAudience: cooks'))).toBe('Audience added');
  });

  it('says first, cleared, spacing and no change', () => {
    expect(summarizeChange('', BASE)).toBe('First version');
    expect(summarizeChange(BASE, '')).toBe('Instruction cleared');
    expect(summarizeChange(BASE, BASE)).toBe('No change');
    expect(summarizeChange(BASE, BASE.replace('\n\nNever', '\nNever'))).toBe('Spacing changed');
  });
});
