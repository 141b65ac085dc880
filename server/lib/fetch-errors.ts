import { SourceFetchError } from './source-guard.ts';

/** User-facing messages for fetch failures: plain English, never error codes, addresses or stack traces. */

export function tooLarge(maxBytes: number): SourceFetchError {
  return new SourceFetchError(`The file is larger than the ${formatBytes(maxBytes)} limit`);
}

function formatBytes(n: number): string {
  const mb = 1024 * 1024;
  if (n >= mb && n % mb === 0) return `${n / mb} MB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KB`;
  return `${n} bytes`;
}

export function refusedRedirect(err: unknown): SourceFetchError {
  const reason = err instanceof SourceFetchError ? err.message : 'The URL is not valid';
  return new SourceFetchError(
    `The URL redirected to an address that cannot be fetched: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`,
  );
}

const TLS_CODES =
  /^(CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_TLS_CERT_ALTNAME_INVALID|HOSTNAME_MISMATCH)/;

/** Maps anything that went wrong to a plain-English SourceFetchError without internals. */
export function userFacing(err: unknown, timedOut: boolean, timeoutMs: number): SourceFetchError {
  if (err instanceof SourceFetchError) return err;
  if (timedOut) return new SourceFetchError(`The URL did not finish downloading within ${timeoutMs / 1000} seconds`);
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  if (TLS_CODES.test(code)) return new SourceFetchError("The URL's HTTPS certificate is not valid");
  if (code === 'ECONNREFUSED') return new SourceFetchError("The URL's server refused the connection");
  if (code === 'ECONNRESET' || code === 'EPIPE')
    return new SourceFetchError("The URL's server closed the connection unexpectedly");
  if (/^(ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EADDRNOTAVAIL)$/.test(code)) {
    return new SourceFetchError("The URL's server could not be reached");
  }
  if (code.startsWith('HPE_')) return new SourceFetchError("The URL's server sent an invalid HTTP response");
  return new SourceFetchError('The URL could not be fetched');
}
