import { describe, expect, it } from 'vitest';
import { selectionSummary } from './selection-summary';

describe('selectionSummary', () => {
  it('says how many selected assets are not shown', () => {
    expect(selectionSummary({ kind: 'ids', count: 12, walk: null, hidden: 4, searching: true })).toBe(
      '12 assets selected, 4 not shown by this search',
    );
    expect(selectionSummary({ kind: 'ids', count: 3, walk: null, hidden: 0, searching: true })).toBe(
      '3 assets selected',
    );
    expect(
      selectionSummary({ kind: 'all', count: 45, walk: { status: 'done', count: 45 }, hidden: 40, searching: true }),
    ).toBe('All 45 matching assets selected, 40 not shown by this search');
  });
});
