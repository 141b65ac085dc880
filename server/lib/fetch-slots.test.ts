// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ApiError } from './errors.ts';
import { createFetchSlots } from './fetch-slots.ts';

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a refusal');
};

describe('createFetchSlots', () => {
  it('caps each key and the total, and refuses with a 429 carrying Retry-After', () => {
    const slots = createFetchSlots({ perKey: 2, global: 3 });
    const a1 = slots.acquire('a');
    slots.acquire('a');
    const err = refusal(() => slots.acquire('a'));
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(429);
    expect(Number((err as ApiError).headers?.['Retry-After'])).toBeGreaterThanOrEqual(1);
    slots.acquire('b');
    expect(refusal(() => slots.acquire('c'))).toBeInstanceOf(ApiError); // global cap
    a1();
    expect(() => slots.acquire('c')).not.toThrow();
  });

  it('counts a release once, however often it is called', () => {
    const slots = createFetchSlots({ perKey: 1, global: 1 });
    const release = slots.acquire('a');
    release();
    release();
    slots.acquire('a');
    expect(refusal(() => slots.acquire('b'))).toBeInstanceOf(ApiError);
  });

  it('defaults to 4 per key and 16 in all', () => {
    const slots = createFetchSlots();
    for (let i = 0; i < 4; i++) slots.acquire('a');
    expect(refusal(() => slots.acquire('a'))).toBeInstanceOf(ApiError);
    for (let i = 0; i < 12; i++) slots.acquire(`k${i % 3}`);
    expect(refusal(() => slots.acquire('z'))).toBeInstanceOf(ApiError);
  });
});
