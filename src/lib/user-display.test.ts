import { describe, expect, it } from 'vitest';
import { displayName, quotaLines } from './user-display';

describe('displayName', () => {
  it('joins first and last name, else falls back to the email, else a label', () => {
    expect(displayName({ first_name: 'Ada', last_name: 'Lovelace', email: 'ada@x.test' })).toBe('Ada Lovelace');
    expect(displayName({ first_name: ' ', last_name: null, email: 'ada@x.test' })).toBe('ada@x.test');
    expect(displayName({})).toBe('Signed-in user');
  });
});

describe('quotaLines', () => {
  it('formats fractional cents, exports and the reset date', () => {
    const lines = quotaLines({
      monthly_free_cents_limit: 500,
      monthly_free_cents_used: 123.456,
      bonus_credits: 0,
      document_export_limit: 3,
      document_export_used: 1,
      reset_date: '2026-05-01T00:00:00.000Z',
    });
    expect(lines).toEqual([
      { label: 'Free usage this month', value: '123.46 of 500 cents' },
      { label: 'Bonus credits', value: '0' },
      { label: 'Document exports', value: '1 of 3' },
      { label: 'Resets on', value: 'May 1, 2026' },
    ]);
  });
});
