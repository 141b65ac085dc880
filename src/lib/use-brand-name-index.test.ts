import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useBrandNameIndex } from './use-brand-name-index';

describe('useBrandNameIndex', () => {
  it('keeps names and choices while ids and names stay, and makes new ones when a name changes', () => {
    const { result, rerender } = renderHook(({ brands }) => useBrandNameIndex(brands), {
      initialProps: {
        brands: [
          { id: 'b1', name: 'Verde' },
          { id: 'b2', name: 'Rosso' },
        ],
      },
    });
    const first = result.current;
    expect(first.names.get('b2')).toBe('Rosso');
    expect(first.choices).toEqual([
      { id: 'b1', name: 'Verde' },
      { id: 'b2', name: 'Rosso' },
    ]);
    // New objects with the same names, as after a move changed their embedded assets.
    rerender({
      brands: [
        { id: 'b1', name: 'Verde' },
        { id: 'b2', name: 'Rosso' },
      ],
    });
    expect(result.current).toBe(first);
    rerender({
      brands: [
        { id: 'b1', name: 'Verde' },
        { id: 'b2', name: 'Rosso Bistro' },
      ],
    });
    expect(result.current.names.get('b2')).toBe('Rosso Bistro');
    expect(result.current.choices).not.toBe(first.choices);
  });
});
