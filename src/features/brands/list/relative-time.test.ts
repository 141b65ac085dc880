import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time';

const now = Date.parse('2026-11-23T12:00:00.000Z');

describe('relativeTime', () => {
  it.each([
    ['2026-11-23T11:59:30.000Z', 'just now'],
    ['2026-11-23T11:57:00.000Z', '3 minutes ago'],
    ['2026-11-23T09:00:00.000Z', '3 hours ago'],
    ['2026-11-22T12:00:00.000Z', 'yesterday'],
    ['2026-08-01T12:00:00.000Z', '4 months ago'],
    ['not a date', 'not a date'],
  ])('%s → %s', (iso, expected) => {
    expect(relativeTime(iso, now)).toBe(expected);
  });
});
