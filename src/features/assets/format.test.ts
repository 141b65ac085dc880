import { describe, expect, it } from 'vitest';
import { formatBytes, formatDateTime, formatDimensions, plural } from './format';

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [999, '999 bytes'],
    [1_536, '1.5 KB'],
    [250_000, '250 KB'],
    [25 * 1024 * 1024, '26.2 MB'],
    [3_000_000_000, '3 GB'],
  ])('%d → %s', (size, text) => expect(formatBytes(size)).toBe(text));

  it('says Unknown for missing or nonsense sizes', () => {
    expect(formatBytes(null)).toBe('Unknown');
    expect(formatBytes(-1)).toBe('Unknown');
    expect(formatBytes(Number.NaN)).toBe('Unknown');
  });
});

describe('other formats', () => {
  it('formats dimensions and keeps unparseable dates as text', () => {
    expect(formatDimensions(640, 480)).toBe('640 × 480 px');
    expect(formatDimensions(null, null)).toBe('Unknown');
    expect(formatDateTime('not a date')).toBe('not a date');
    expect(formatDateTime('2026-01-02T03:04:05.000Z')).toMatch(/2026/);
    expect(plural(1, 'asset')).toBe('1 asset');
    expect(plural(2_000, 'asset')).toBe('2,000 assets');
  });
});
