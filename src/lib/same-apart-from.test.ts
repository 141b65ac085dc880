import { describe, expect, it } from 'vitest';
import { sameApartFrom, samePropsApartFrom } from './same-apart-from';

const brand = { id: 'b1', name: 'Verde', theme: { accent: '#15803d' }, assets: [{ id: 'a1' }] };

describe('sameApartFrom', () => {
  it('ignores the one field, as a move changes it', () => {
    expect(sameApartFrom(brand, { ...brand, assets: [] }, 'assets')).toBe(true);
    expect(sameApartFrom(brand, brand, 'name')).toBe(true);
  });
  it('sees every other field, objects by identity, and added or missing keys', () => {
    expect(sameApartFrom(brand, { ...brand, name: 'Verde Kitchen' }, 'assets')).toBe(false);
    expect(sameApartFrom(brand, { ...brand, theme: { accent: '#15803d' } }, 'assets')).toBe(false);
    expect(sameApartFrom<object>(brand, { ...brand, extra: 1 }, 'assets' as never)).toBe(false);
    const { name: _name, ...nameless } = brand;
    expect(sameApartFrom<object>(brand, { ...nameless, other: 'Verde' }, 'assets' as never)).toBe(false);
  });
});

describe('samePropsApartFrom', () => {
  const onSave = () => undefined;
  const props = { brand, org: 'o1', onSave };
  it('lets the object under the prop differ in the field alone', () => {
    expect(samePropsApartFrom(props, { ...props, brand: { ...brand, assets: [] } }, 'brand', 'assets')).toBe(true);
    expect(samePropsApartFrom(props, { ...props, brand: { ...brand, name: 'V' } }, 'brand', 'assets')).toBe(false);
  });
  it('compares the other props by identity', () => {
    expect(samePropsApartFrom(props, { ...props, onSave: () => undefined }, 'brand', 'assets')).toBe(false);
    expect(samePropsApartFrom(props, { ...props, org: 'o2' }, 'brand', 'assets')).toBe(false);
    expect(samePropsApartFrom(props, { ...props, more: true } as typeof props, 'brand', 'assets')).toBe(false);
  });
});
