import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount } from './format-count';

describe('formatCount', () => {
  it('groups thousands the same way every time', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(2000)).toBe('2,000');
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('says what Intl says for any number, small ones included (they skip Intl)', () => {
    const intl = new Intl.NumberFormat('en');
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -2000, max: 2000 }), fc.nat(), fc.double({ noNaN: true, min: -1e6, max: 1e6 })),
        (n) => {
          expect(formatCount(n)).toBe(intl.format(n));
        },
      ),
    );
  });
});
