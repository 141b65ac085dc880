/**
 * The quota as the API reports it on /v1/me and on each organization. Kept apart from
 * user-display.ts: that one is on the header's first load, this one only where a quota is shown.
 */
export interface DisplayQuota {
  monthly_free_cents_limit: number;
  monthly_free_cents_used: number;
  bonus_credits: number;
  document_export_limit: number;
  document_export_used: number;
  reset_date: string;
}

// Built on first use, not at import: the first Intl object a page creates loads ICU data.
let formats: { money: Intl.NumberFormat; number: Intl.NumberFormat; date: Intl.DateTimeFormat } | undefined;
const intl = () =>
  (formats ??= {
    // The API counts US cents, fractional (e.g. 123.45): shown as dollars to the cent.
    money: new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }),
    number: new Intl.NumberFormat('en', { maximumFractionDigits: 2 }),
    date: new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }),
  });

/** 123.45 (cents) → "$1.23"; the API's cents are fractional, so they are rounded to the cent. */
export function formatCents(cents: number): string {
  return intl().money.format(cents / 100);
}

/** Quota lines as label and value, money as money. */
export function quotaLines(quota: DisplayQuota): Array<{ label: string; value: string }> {
  const reset = Date.parse(quota.reset_date);
  const { number, date } = intl();
  return [
    {
      label: 'Free usage this month',
      value: `${formatCents(quota.monthly_free_cents_used)} of ${formatCents(quota.monthly_free_cents_limit)}`,
    },
    { label: 'Bonus credits', value: number.format(quota.bonus_credits) },
    {
      label: 'Document exports',
      value: `${number.format(quota.document_export_used)} of ${number.format(quota.document_export_limit)}`,
    },
    { label: 'Resets on', value: Number.isNaN(reset) ? quota.reset_date : date.format(reset) },
  ];
}
