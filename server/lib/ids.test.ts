import { expect, it } from 'vitest';
import { idPattern } from '../../contract/common.ts';
import { newId, setIdStyle } from './ids.ts';

it('makes prefixed ULID-like ids that match the contract pattern', () => {
  for (const prefix of ['brand', 'asset', 'theme', 'org', 'user'] as const) {
    expect(newId(prefix)).toMatch(idPattern(prefix));
  }
});

it('sorts in creation order, also within one millisecond and across time', () => {
  const ids = Array.from({ length: 2000 }, (_, i) => newId('asset', 1_700_000_000_000 + Math.floor(i / 500)));
  expect([...ids].sort()).toEqual(ids);
  expect(new Set(ids).size).toBe(ids.length);
});

it('encodes the given time so ids made for older rows sort before newer ones', () => {
  expect(newId('brand', 1_600_000_000_000) < newId('brand', 1_700_000_000_000)).toBe(true);
});

it('makes reference-shaped ids under SANDBOX_ID_STYLE=reference: not ULIDs, still prefixed and sortable', () => {
  setIdStyle('reference');
  try {
    const ids = [newId('brand', 1_000), newId('brand', 1_000), newId('brand', 1_001), newId('brand', Date.now())];
    for (const id of ids) {
      expect(id).toMatch(/^brand_[0-9a-z]{14}$/);
      expect(id).not.toMatch(/^brand_[0-9A-HJKMNP-TV-Z]{26}$/);
      expect(idPattern('brand').test(id)).toBe(true);
    }
    expect([...ids].sort()).toEqual(ids);
  } finally {
    setIdStyle('sandbox');
  }
  expect(newId('brand')).toMatch(/^brand_[0-9A-HJKMNP-TV-Z]{26}$/);
});
