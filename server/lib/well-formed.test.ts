// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from './errors.ts';
import { assertWellFormedQuery, illFormedPaths, wellFormed } from './well-formed.ts';

describe('illFormedPaths', () => {
  it('finds lone surrogates anywhere in a parsed body, and accepts paired ones', () => {
    const body = JSON.parse('{"a":[1,{"b":"x\\ud800"}],"c":"\\ud83d\\ude00","d":"\\udfff","e":null}') as unknown;
    expect(illFormedPaths(body)).toEqual([['a', 1, 'b'], ['d']]);
    expect(illFormedPaths(JSON.parse('{"ok\\ud800":1}'))).toEqual([[]]);
    expect(illFormedPaths('\uDBFF')).toEqual([[]]);
    expect(illFormedPaths({ name: '\u{1F600}\u00E9', n: 5, t: true })).toEqual([]);
  });

  it('copes with nesting deeper than the call stack and reports at most 20', () => {
    const deep = JSON.parse(`${'['.repeat(30_000)}"\\ud800"${']'.repeat(30_000)}`) as unknown;
    expect(illFormedPaths(deep)[0]).toHaveLength(30_000);
    expect(illFormedPaths(Array(1000).fill('\uD800'))).toHaveLength(20);
  });

  it('runs before the schema and stops it, so only the bad fields are named', () => {
    const schema = wellFormed(z.strictObject({ name: z.string().max(3), tags: z.array(z.string()) }));
    const result = schema.safeParse({ name: 'too long\uD800', tags: ['ok', '\uDC00'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toEqual([['name'], ['tags', 1]]);
    expect(schema.parse({ name: 'abc', tags: [] })).toEqual({ name: 'abc', tags: [] });
  });
});

describe('assertWellFormedQuery', () => {
  const problems = (url: string) => {
    try {
      assertWellFormedQuery(url);
      return [];
    } catch (err) {
      expect(err).toBeInstanceOf(ApiError);
      expect((err as ApiError).status).toBe(400);
      return (err as ApiError).details?.map((d) => d.path) ?? [];
    }
  };

  it('accepts UTF-8, plus signs, empty values and bare names', () => {
    expect(problems('http://x/v1/assets')).toEqual([]);
    expect(problems('http://x/v1/assets?a=%F0%9F%98%80&b=caf%C3%A9+x&c=&d&&e=%2B')).toEqual([]);
  });

  it.each([
    ['?org_id=%ED%A0%80', ['org_id']],
    ['?a=1&b=%C3', ['b']],
    ['?a=%', ['a']],
    ['?%FF=1', ['%FF']],
    ['?x=%C0%AF&y=%E0%80%80', ['x', 'y']],
  ])('names every parameter that does not decode: %s', (query, paths) => {
    expect(problems(`http://x/v1/brands${query}#frag`)).toEqual(paths);
  });
});
