import { describe, expect, it } from 'vitest';
import { matchesText } from './text-match';

describe('matchesText', () => {
  it('needs every typed word, in any order and case', () => {
    expect(matchesText('Studio Noir', 'noir stu')).toBe(true);
    expect(matchesText('Studio Noir', 'STUDIO')).toBe(true);
    expect(matchesText('Studio Noir', 'noir blanc')).toBe(false);
  });

  it('matches nothing when nothing is typed', () => {
    expect(matchesText('Studio Noir', '   ')).toBe(false);
  });
});
