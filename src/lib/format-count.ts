// Built on first use: creating an Intl object at import costs the first page that loads this (ICU).
let counts: Intl.NumberFormat | undefined;

/** 12,345. One formatter for every count: `toLocaleString` builds a new one (ICU) on each call. */
export function formatCount(count: number): string {
  // Below 1,000 'en' adds no separator, and String is many times cheaper (a drop formats several, B4).
  if (Number.isInteger(count) && count >= 0 && count < 1000 && !Object.is(count, -0)) return String(count);
  counts ??= new Intl.NumberFormat('en');
  return counts.format(count);
}
