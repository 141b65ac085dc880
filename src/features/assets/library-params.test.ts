import { describe, expect, it } from 'vitest';
import {
  readFilters,
  readSearch,
  readSelection,
  withFilters,
  withoutFilters,
  withSearch,
  withSelection,
} from './library-params';

const BRAND = 'brand_01JABCDEFGHJKMNPQRSTVWXYZ0';
const A1 = 'asset_01JABCDEFGHJKMNPQRSTVWXYZ1';
const A2 = 'asset_01JABCDEFGHJKMNPQRSTVWXYZ2';
const p = (query: string) => new URLSearchParams(query);

describe('readFilters', () => {
  it('reads every filter', () => {
    expect(readFilters(p(`org=org_1&type=photo&brand=${BRAND}`))).toEqual({
      org: 'org_1',
      type: 'photo',
      brand_id: BRAND,
      unassigned: undefined,
    });
    expect(readFilters(p('unassigned=1'))).toMatchObject({ unassigned: true });
  });

  it('takes any id that is one safe path segment, whatever its format (the real API is not the sandbox)', () => {
    for (const id of ['brand_abc123', 'b-9f3c', '0f8fad5b-d9cb-469f-a165-70867728950e', 'BRAND.7~x']) {
      expect(readFilters(p(`brand=${encodeURIComponent(id)}`)).brand_id).toBe(id);
      expect(readSelection(p(`sel=${encodeURIComponent(id)}`))).toEqual({ kind: 'ids', ids: [id] });
    }
  });

  it('ignores values the API would refuse, and never combines brand with unassigned', () => {
    expect(readFilters(p('type=<script>&brand=brand%2Fx&unassigned=yes'))).toEqual({
      org: undefined,
      type: undefined,
      brand_id: undefined,
      unassigned: undefined,
    });
    expect(readFilters(p(`brand=${BRAND}&unassigned=1`))).toMatchObject({ brand_id: BRAND, unassigned: undefined });
  });
});

describe('readSelection', () => {
  it('reads ids, all, and drops junk and duplicates', () => {
    expect(readSelection(p(`sel=${A1},${A2},${A1},no%2Fpe,..,`))).toEqual({ kind: 'ids', ids: [A1, A2] });
    expect(readSelection(p('sel=all'))).toEqual({ kind: 'all' });
    expect(readSelection(p(''))).toEqual({ kind: 'ids', ids: [] });
  });
});

describe('writers', () => {
  it('drops the selection on a filter change and the brand on a scope change', () => {
    const next = withFilters(p(`brand=${BRAND}&sel=all&type=icon`), { org: 'org_2' });
    expect(next.toString()).toBe('type=icon&org=org_2');
    expect(withFilters(p(`brand=${BRAND}`), { unassigned: true }).toString()).toBe('unassigned=1');
    expect(withFilters(p('unassigned=1'), { brand_id: BRAND }).toString()).toBe(`brand=${BRAND}`);
    expect(withFilters(p('type=icon'), { type: null }).toString()).toBe('');
  });

  it('clears filters but keeps the scope', () => {
    expect(withoutFilters(p('org=org_1&type=icon&unassigned=1&sel=all')).toString()).toBe('org=org_1');
  });

  it('writes the selection', () => {
    expect(withSelection(p('org=o'), { kind: 'ids', ids: [A1, A2] }).get('sel')).toBe(`${A1},${A2}`);
    expect(withSelection(p('sel=all'), { kind: 'ids', ids: [] }).has('sel')).toBe(false);
    expect(withSelection(p(''), { kind: 'all' }).get('sel')).toBe('all');
  });
});

describe('search', () => {
  it('reads and writes q, keeping the selection', () => {
    expect(readSearch(p('q=hero%20banner'))).toBe('hero banner');
    expect(readSearch(p(''))).toBe('');
    expect(withSearch(p(`sel=${A1}`), 'logo').toString()).toBe(`sel=${A1}&q=logo`);
    expect(withSearch(p('q=logo&type=photo'), '  ').toString()).toBe('type=photo');
  });
});
