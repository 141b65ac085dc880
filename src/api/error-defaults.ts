import { ERROR_CODES } from '@contract/codes';

// What apiFetch fills in when an answer is incomplete. Apart from api-error.ts, which the app's
// first chunk needs for its retry rule, so that these load with the client, not with the shell.

/** Used when an error body carries no code (a proxy's HTML 502, an envelope without `code`). */
export function defaultCode(status: number): string {
  return (ERROR_CODES as Record<number, string>)[status] ?? `HTTP_${status}`;
}

/** Plain-language fallbacks, shown when the server sent no usable message. */
export function defaultMessage(status: number): string {
  if (status === 400) return 'The request was not valid.';
  if (status === 401) return 'Your API key was not accepted.';
  if (status === 403) return 'You do not have access to this.';
  if (status === 404) return 'This was not found. It may have been deleted.';
  if (status === 409) return 'This conflicts with a change made elsewhere.';
  if (status === 413) return 'The request was too large.';
  if (status === 429) return 'Too many requests. Please wait a moment.';
  if (status >= 500) return 'The server had a problem. Please try again.';
  return `The request failed (HTTP ${status}).`;
}

/**
 * `Retry-After` is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). Anything else, or a
 * date in the past, counts as absent so a malformed header cannot stall retries.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}
