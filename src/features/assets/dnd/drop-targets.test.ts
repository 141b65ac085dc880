import { describe, expect, it } from 'vitest';
import { actionFor, dragLabel, draggedIds, isRailTargetData, isValidDrop, targetBrandId } from './drop-targets';

const acme = { kind: 'brand', brandId: 'brand_a', brandName: 'Acme' } as const;
const unassigned = { kind: 'unassigned' } as const;

describe('draggedIds', () => {
  it('carries the whole selection when the picked card is one of several selected', () => {
    expect(draggedIds('b', ['a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
  });
  it('carries the card alone when it is not selected, or is the only one selected', () => {
    expect(draggedIds('x', ['a', 'b'])).toEqual(['x']);
    expect(draggedIds('a', ['a'])).toEqual(['a']);
    expect(draggedIds('a', [])).toEqual(['a']);
  });
});

describe('isValidDrop', () => {
  it('refuses a drop that changes nothing', () => {
    expect(isValidDrop(acme, [{ brand_id: 'brand_a' }])).toBe(false);
    expect(isValidDrop(unassigned, [{ brand_id: null }, { brand_id: null }])).toBe(false);
  });
  it('accepts a drop that changes at least one asset', () => {
    expect(isValidDrop(acme, [{ brand_id: 'brand_a' }, { brand_id: null }])).toBe(true);
    expect(isValidDrop(unassigned, [{ brand_id: 'brand_b' }])).toBe(true);
  });
  it('counts an asset that is not cached as changing (the queue reads it before writing)', () => {
    expect(isValidDrop(acme, [{ brand_id: 'brand_a' }, undefined])).toBe(true);
  });
});

describe('the action of a drop', () => {
  it('links to a brand, or unlinks onto Unassigned', () => {
    expect(actionFor(acme)).toEqual({ kind: 'link', brandId: 'brand_a', brandName: 'Acme' });
    expect(actionFor(unassigned)).toEqual({ kind: 'unlink' });
    expect(targetBrandId(acme)).toBe('brand_a');
    expect(targetBrandId(unassigned)).toBeNull();
  });
});

describe('dragLabel', () => {
  it('names one asset, counts several', () => {
    const names = new Map([['a', 'Eco badge']]);
    expect(dragLabel(['a'], (id) => names.get(id))).toBe('Eco badge');
    expect(dragLabel(['a', 'b', 'c'], (id) => names.get(id))).toBe('3 assets');
    expect(
      dragLabel(
        Array.from({ length: 1200 }, (_, i) => String(i)),
        () => undefined,
      ),
    ).toBe('1,200 assets');
  });
});

it('recognises rail target data only', () => {
  expect(isRailTargetData({ rail: true, target: acme })).toBe(true);
  expect(isRailTargetData({ lane: 'always' })).toBe(false);
  expect(isRailTargetData(undefined)).toBe(false);
});
