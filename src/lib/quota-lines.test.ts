import { describe, expect, it } from 'vitest';
import { formatCents, quotaLines } from './quota-lines';

describe('formatCents', () => {
  it('shows the API cents as dollars, rounded to the cent', () => {
    expect(formatCents(123.45)).toBe('$1.23');
    expect(formatCents(500)).toBe('$5.00');
    expect(formatCents(0)).toBe('$0.00');
    expect(formatCents(123456.7)).toBe('$1,234.57');
  });
});

describe('quotaLines', () => {
  it('writes usage as money, exports as counts and the reset date', () => {
    const lines = quotaLines({
      monthly_free_cents_limit: 500,
      monthly_free_cents_used: 123.456,
      bonus_credits: 0,
      document_export_limit: 3,
      document_export_used: 1,
      reset_date: '2026-05-01T00:00:00.000Z',
    });
    expect(lines).toEqual([
      { label: 'Free usage this month', value: '$1.23 of $5.00' },
      { label: 'Bonus credits', value: '0' },
      { label: 'Document exports', value: '1 of 3' },
      { label: 'Resets on', value: 'May 1, 2026' },
    ]);
  });
});
