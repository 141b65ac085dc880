import { describe, expect, it } from 'vitest';
import { cursorAfter } from './id-cursor';

describe('cursorAfter', () => {
  it('gives the next id in sort order, carrying over Z and skipping the letters base32 leaves out', () => {
    expect(cursorAfter('brand_01HZZZZZZZZZZZZZZZZZZZZZZ0')).toBe('brand_01HZZZZZZZZZZZZZZZZZZZZZZ1');
    expect(cursorAfter('brand_01HZZZZZZZZZZZZZZZZZZZZZZH')).toBe('brand_01HZZZZZZZZZZZZZZZZZZZZZZJ');
    expect(cursorAfter('brand_01HAAAAAAAAAAAAAAAAAAAAAZZ')).toBe('brand_01HAAAAAAAAAAAAAAAAAAAAB00');
  });

  it('sorts right after the id it came from', () => {
    const id = 'brand_01J9ZQ4R7XK3M8T2V6W0Y5N1PZ';
    const next = cursorAfter(id)!;
    expect(next > id).toBe(true);
    expect(next.length).toBe(id.length);
  });

  it('gives nothing for an id with no successor or of another shape', () => {
    expect(cursorAfter('brand_ZZZZ')).toBeUndefined();
    expect(cursorAfter('brand_01Hu')).toBeUndefined();
    expect(cursorAfter('no-prefix')).toBeUndefined();
  });
});
