import { describe, expect, it } from 'vitest';
import { API_KEY_PATTERN, SessionState, SignInBody } from './session';

describe('API keys', () => {
  it('accepts nxd_ keys of 8 to 200 URL-safe characters', () => {
    for (const key of ['nxd_abcdEFGH', 'nxd_a-b_c-d_1234', `nxd_${'x'.repeat(200)}`]) {
      expect(API_KEY_PATTERN.test(key)).toBe(true);
    }
  });

  it('refuses other prefixes, short or long keys and other characters', () => {
    for (const key of [
      'abc_abcdEFGH',
      'NXD_abcdEFGH',
      'nxd_short',
      `nxd_${'x'.repeat(201)}`,
      'nxd_abcd EFGH',
      'nxd_abcd.EFGH',
      ' nxd_abcdEFGH',
    ]) {
      expect(API_KEY_PATTERN.test(key)).toBe(false);
    }
  });
});

describe('POST /session body', () => {
  it('takes exactly one well-formed key and never repeats a refused value', () => {
    expect(SignInBody.parse({ key: 'nxd_abcdEFGH' })).toEqual({ key: 'nxd_abcdEFGH' });
    expect(SignInBody.safeParse({ key: 'nxd_abcdEFGH', remember: true }).success).toBe(false);
    const refused = SignInBody.safeParse({ key: 'secret-but-malformed' });
    expect(refused.success).toBe(false);
    expect(JSON.stringify(refused.error?.issues)).not.toContain('secret-but-malformed');
  });
});

describe('GET /session answer', () => {
  it('keeps a signed-in user whose quota has another shape, dropping only the quota', () => {
    const state = SessionState.parse({
      signed_in: true,
      user: { id: 'user_1', email: 'a@example.test', quota: { credits: 'lots' } },
      mode: 'proxy',
      demo_available: false,
    });
    expect(state).toMatchObject({ signed_in: true, user: { id: 'user_1', quota: null } });
  });

  it('tells a signed-out answer apart by signed_in and refuses unknown reasons', () => {
    expect(
      SessionState.parse({ signed_in: false, mode: 'sandbox', demo_available: true, reason: 'expired' }).signed_in,
    ).toBe(false);
    expect(
      SessionState.safeParse({ signed_in: false, mode: 'sandbox', demo_available: true, reason: 'bored' }).success,
    ).toBe(false);
  });
});
