import { describe, expect, it } from 'vitest';
import { cursorAfter } from './id-cursor';

describe('cursorAfter', () => {
  it('sorts right after the id it came from and before every other id, whatever the format', () => {
    const ids = [
      'brand_01J9ZQ4R7XK3M8T2V6W0Y5N1PZ',
      'brand_01J9ZQ4R7XK3M8T2V6W0Y5N1Q0',
      'brand_0mw9wfrf94vpb4',
      'brand_0mw9wfrf94vpb5',
      'brand_abc',
      'brand_abc_1',
      'brand_abc-1',
      'brand_abcA',
    ];
    for (const id of ids) {
      const cursor = cursorAfter(id)!;
      expect(cursor > id).toBe(true);
      // Ids compare as bytes: no other id sits between `id` and its cursor.
      expect(ids.filter((other) => other > id && other < cursor)).toEqual([]);
    }
  });

  it('gives nothing for an empty or over-long id', () => {
    expect(cursorAfter('')).toBeUndefined();
    expect(cursorAfter(`brand_${'x'.repeat(200)}`)).toBeUndefined();
  });
});
