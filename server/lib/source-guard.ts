import dns from 'node:dns';
import { isIP } from 'node:net';
import { isPublicAddress } from './ip-ranges.ts';

/** A refusal or failure whose message is safe and meant to be shown to the user as is. */
export class SourceFetchError extends Error {
  override name = 'SourceFetchError';
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const defaultResolver: Resolver = async (hostname) => {
  const rows = await dns.promises.lookup(hostname, { all: true, verbatim: true });
  return rows.map((row) => ({ address: row.address, family: row.family === 6 ? 6 : 4 }));
};

const PRIVATE_ADDRESS_MESSAGE = 'The URL points to a private or reserved network address';

/** Canonicalises with the WHATWG parser (which also turns `0x7f.1` or `2130706433` into `127.0.0.1`). */
export function parseSourceUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SourceFetchError('The URL is not valid');
  }
  if (url.protocol !== 'https:') throw new SourceFetchError('Only https: URLs can be fetched');
  if (url.username !== '' || url.password !== '') {
    throw new SourceFetchError('URLs with a user name or password cannot be fetched');
  }
  if (url.hostname === '') throw new SourceFetchError('The URL is not valid');
  return url;
}

/** The hostname without IPv6 brackets, as sockets and DNS want it. */
export function bareHost(url: URL): string {
  const host = url.hostname;
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

function isAllowListed(url: URL, allowHosts: ReadonlySet<string>): boolean {
  const host = url.hostname.toLowerCase();
  return allowHosts.has(host) || allowHosts.has(`${host}:${url.port || '443'}`);
}

/** `localhost` and `*.localhost` are loopback by definition (RFC 6761), whatever a resolver says. */
const isLoopbackName = (host: string): boolean => /(^|\.)localhost\.?$/i.test(host);

export interface GuardOptions {
  resolver: Resolver;
  allowHosts: ReadonlySet<string>;
  guard: boolean;
}

/**
 * Resolves the URL's host once and vets every address it has. The caller must connect to exactly
 * these addresses (never look the name up again), so a DNS answer cannot change between check and use.
 */
export async function resolveTarget(url: URL, options: GuardOptions, signal: AbortSignal): Promise<ResolvedAddress[]> {
  const host = bareHost(url);
  const family = isIP(host);
  const vet = options.guard && !isAllowListed(url, options.allowHosts);
  if (family !== 0) {
    if (vet && !isPublicAddress(host)) throw new SourceFetchError(PRIVATE_ADDRESS_MESSAGE);
    return [{ address: host, family: family === 6 ? 6 : 4 }];
  }
  if (vet && isLoopbackName(host)) throw new SourceFetchError(PRIVATE_ADDRESS_MESSAGE);

  let answers: ResolvedAddress[];
  try {
    answers = await abortable(options.resolver(host), signal);
  } catch (err) {
    if (signal.aborted) throw err;
    throw new SourceFetchError("The URL's host name could not be found");
  }
  const addresses = answers.flatMap(({ address }) => {
    const kind = isIP(address);
    return kind === 0 ? [] : [{ address, family: kind === 6 ? (6 as const) : (4 as const) }];
  });
  if (addresses.length === 0 || addresses.length !== answers.length) {
    throw new SourceFetchError("The URL's host name could not be found");
  }
  // All, not any: with a mixed answer the connection could land on the private one.
  if (vet && !addresses.every(({ address }) => isPublicAddress(address))) {
    throw new SourceFetchError(PRIVATE_ADDRESS_MESSAGE);
  }
  return addresses;
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}
