// Built on first use: creating an Intl object at import costs the first page that loads this (ICU).
let counts: Intl.NumberFormat | undefined;

/** 12,345. One formatter for every count: `toLocaleString` builds a new one (ICU) on each call. */
export function formatCount(count: number): string {
  counts ??= new Intl.NumberFormat('en');
  return counts.format(count);
}
