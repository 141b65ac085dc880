import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error';
import { signInProblem } from './sign-in-error';

const api = (status: number, retryAfterMs: number | null = null) =>
  new ApiError({ status, code: 'X', message: status === 0 ? 'Could not reach the server.' : 'm', retryAfterMs });

describe('signInProblem', () => {
  it('puts a refused key on the field, without a retry', () => {
    expect(signInProblem(api(401))).toMatchObject({ aboutKey: true, retry: false });
    expect(signInProblem(api(400))).toMatchObject({ aboutKey: true, retry: false });
  });

  it('offers a retry for 429, 5xx and network failures', () => {
    expect(signInProblem(api(429, 3_200))).toEqual({
      message: 'Too many attempts. Please wait 4 seconds, then try again.',
      aboutKey: false,
      retry: true,
    });
    expect(signInProblem(api(429)).message).toContain('wait a moment');
    for (const status of [0, 500, 502, 504]) expect(signInProblem(api(status))).toMatchObject({ aboutKey: false, retry: true });
    expect(signInProblem(api(0)).message).toBe('Could not reach the server. Your key was not checked.');
  });
});
