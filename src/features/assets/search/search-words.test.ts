import { describe, expect, it } from 'vitest';
import { deselectedNote, noMatchTitle, searchSummary } from './search-words';

describe('searchSummary', () => {
  it('never claims a total the API did not give', () => {
    expect(searchSummary({ matches: 3, searched: 240, complete: false, walk: null })).toBe(
      'Showing 3 matches among the 240 assets loaded; later assets were not searched.',
    );
    expect(searchSummary({ matches: 1, searched: 1240, complete: false, walk: 'walking' })).toBe(
      'Searching… 1,240 assets searched so far, 1 match found.',
    );
    expect(searchSummary({ matches: 0, searched: 60, complete: false, walk: 'stopped' })).toContain(
      'later assets were not searched',
    );
  });

  it('says "all" only when every page was searched', () => {
    expect(searchSummary({ matches: 2, searched: 45, complete: true, walk: 'done' })).toBe(
      '2 matches among all 45 assets.',
    );
    expect(noMatchTitle({ matches: 0, searched: 20, complete: false, walk: null })).toBe(
      'No matches in the 20 assets loaded',
    );
    expect(noMatchTitle({ matches: 0, searched: 20, complete: true, walk: null })).toBe(
      'No matches among all 20 assets',
    );
  });
});

describe('deselectedNote', () => {
  it('agrees in number', () => {
    expect(deselectedNote(3, 'filter')).toBe('3 selected assets no longer match this filter and were deselected.');
    expect(deselectedNote(1, 'search')).toBe('1 selected asset no longer matches this search and was deselected.');
  });
});
