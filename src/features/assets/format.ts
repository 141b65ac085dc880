import { formatCount } from '@/lib/format-count';

const UNITS = ['bytes', 'KB', 'MB', 'GB'] as const;

/** 1,536 → "1.5 KB"; decimal units (1 KB = 1,000 bytes), as file managers show them. */
export function formatBytes(size: number | null | undefined): string {
  if (size === null || size === undefined || !Number.isFinite(size) || size < 0) return 'Unknown';
  if (size === 1) return '1 byte';
  let value = size;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString('en', { maximumFractionDigits: digits })} ${UNITS[unit]}`;
}

export function formatDimensions(width: number | null, height: number | null): string {
  return width && height ? `${width} × ${height} px` : 'Unknown';
}

// Built on first use: creating an Intl object at import costs the first page that loads this (ICU).
let dateTime: Intl.DateTimeFormat | undefined;

/** A readable local time, or the raw text when the API sent something that is not a date. */
export function formatDateTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  dateTime ??= new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
  return dateTime.format(ms);
}

export const TYPE_LABELS = { icon: 'Icon', illustration: 'Illustration', photo: 'Photo', video: 'Video' } as const;
export const USAGE_LABELS = { always: 'Always use', maybe: 'Maybe use', never: 'Never use' } as const;

/** "1 asset", "25 assets". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
