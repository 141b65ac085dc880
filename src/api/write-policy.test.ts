import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { mutationScope, retryCreate, retryWrite } from './write-policy';

const error = (status: number, code = 'X') => new ApiError({ status, code, message: 'm' });

describe('the write retry rule', () => {
  it('retries PATCH and DELETE at most twice, only where a repeat can help', () => {
    for (const failure of [error(500), error(503), error(429), error(0, 'NETWORK_ERROR')]) {
      expect([0, 1, 2].map((n) => retryWrite(n, failure))).toEqual([true, true, false]);
    }
    for (const status of [400, 403, 404, 409]) expect(retryWrite(0, error(status))).toBe(false);
  });

  it('resends a POST only on 429, the one answer that says "not processed"', () => {
    expect([0, 1, 2].map((n) => retryCreate(n, error(429)))).toEqual([true, true, false]);
    for (const failure of [error(500), error(0, 'NETWORK_ERROR'), error(400)])
      expect(retryCreate(0, failure)).toBe(false);
  });

  it('gives every object one scope id per kind', () => {
    expect(mutationScope.brand('brand_1')).toEqual({ id: 'brand:brand_1' });
    expect(mutationScope.asset('asset_1')).toEqual({ id: 'asset:asset_1' });
  });
});
