import type { IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import tls from 'node:tls';
import { FORMAT_CONTENT_TYPES, type AssetFormat } from './files.ts';
import { refusedRedirect, tooLarge, userFacing } from './fetch-errors.ts';
import { readDimensions, sniffFormat } from './sniff.ts';
import {
  SourceFetchError,
  bareHost,
  defaultResolver,
  parseSourceUrl,
  resolveTarget,
  type GuardOptions,
  type ResolvedAddress,
  type Resolver,
} from './source-guard.ts';

export { SourceFetchError, type Resolver };

export interface SourceFetcherOptions {
  resolver?: Resolver;
  /** Test allow-list: hostnames (optionally host:port) that may resolve to non-public addresses. */
  allowHosts?: string[];
  /** Extra trusted CA (PEM), added to the default roots; for the test fixture server. */
  ca?: string | Buffer;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** false ONLY for negative-control tests: turns off every address check. */
  guard?: boolean;
}

export interface FetchedSource {
  bytes: Buffer;
  format: AssetFormat;
  contentType: string;
  width: number | null;
  height: number | null;
  /** Last path segment of the final URL, decoded, without extension; '' if none. */
  fileName: string;
}

export type FetchSource = (url: string) => Promise<FetchedSource>;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const UNSUPPORTED = 'Unsupported file format (supported: PNG, JPEG, GIF, WebP, SVG, MP4, WebM)';

interface Config extends GuardOptions {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  secureContext: tls.SecureContext | undefined;
}

export function createSourceFetcher(options: SourceFetcherOptions = {}): FetchSource {
  const config: Config = {
    resolver: options.resolver ?? defaultResolver,
    allowHosts: new Set((options.allowHosts ?? []).map((h) => h.toLowerCase())),
    guard: options.guard ?? true,
    timeoutMs: options.timeoutMs ?? 10_000,
    maxBytes: options.maxBytes ?? 25 * 1024 * 1024,
    maxRedirects: options.maxRedirects ?? 3,
    // Built once: parsing the root store on every request would be slow.
    secureContext: options.ca
      ? tls.createSecureContext({ ca: [...tls.rootCertificates, options.ca.toString()] })
      : undefined,
  };

  return async (rawUrl) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), config.timeoutMs);
    try {
      return await fetchWithRedirects(rawUrl, config, controller.signal);
    } catch (err) {
      throw userFacing(err, controller.signal.aborted, config.timeoutMs);
    } finally {
      clearTimeout(timer);
      controller.abort(); // tears down anything still open
    }
  };
}

async function fetchWithRedirects(rawUrl: string, config: Config, signal: AbortSignal): Promise<FetchedSource> {
  let url = parseSourceUrl(rawUrl);
  for (let redirects = 0; ; redirects++) {
    const addresses = await resolveTarget(url, config, signal).catch((err: unknown) => {
      throw redirects > 0 && err instanceof SourceFetchError ? refusedRedirect(err) : err;
    });
    const res = await request(url, addresses, config, signal);
    const status = res.statusCode ?? 0;

    if (REDIRECT_STATUSES.has(status)) {
      res.destroy();
      const location = res.headers.location;
      if (!location) throw new SourceFetchError(`The URL answered HTTP ${status} without a redirect target`);
      if (redirects >= config.maxRedirects) throw new SourceFetchError('The URL redirected too many times');
      try {
        url = parseSourceUrl(new URL(location, url).href);
      } catch (err) {
        throw refusedRedirect(err);
      }
      continue;
    }
    if (status < 200 || status > 299) {
      res.destroy();
      throw new SourceFetchError(`The URL answered HTTP ${status}`);
    }
    // A declared size over the cap is refused before reading; a smaller one is not trusted.
    const declared = Number(res.headers['content-length']);
    if (Number.isFinite(declared) && declared > config.maxBytes) {
      res.destroy();
      throw tooLarge(config.maxBytes);
    }
    const bytes = await readBody(res, config.maxBytes);
    const format = sniffFormat(bytes);
    if (!format) throw new SourceFetchError(UNSUPPORTED);
    const { width, height } = readDimensions(bytes, format);
    return { bytes, format, contentType: FORMAT_CONTENT_TYPES[format], width, height, fileName: fileNameOf(url) };
  }
}

function request(
  url: URL,
  addresses: ResolvedAddress[],
  config: Config,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const host = bareHost(url);
  // Hands the socket the addresses that were already vetted: no second DNS lookup can rebind them.
  const lookup: LookupFunction = (_hostname, opts, callback) => {
    if (opts.all) callback(null, addresses);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  };
  // tls.connect honours `secureContext`; the https typings just do not list it.
  const options: https.RequestOptions & Pick<tls.ConnectionOptions, 'secureContext'> = {
    hostname: host,
    port: url.port || 443,
    path: `${url.pathname}${url.search}`,
    method: 'GET',
    headers: { accept: '*/*', 'accept-encoding': 'identity', 'user-agent': 'BrandkitStudio-Fetcher/1.0' },
    lookup,
    servername: isIP(host) === 0 ? host : undefined, // SNI may not carry an IP address
    secureContext: config.secureContext,
    agent: false,
    signal,
  };
  return new Promise((resolve, reject) => {
    const req = https.request(options);
    req.on('error', reject); // later errors (after the response) reach the body reader via res
    req.on('response', resolve);
    req.end();
  });
}

function readBody(res: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const fail = (err: unknown) => {
      res.destroy();
      reject(err);
    };
    res.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) fail(tooLarge(maxBytes));
      else chunks.push(chunk);
    });
    res.on('end', () => resolve(Buffer.concat(chunks, total)));
    res.on('error', fail);
    res.on('close', () => {
      if (!res.complete) reject(new SourceFetchError('The connection closed before the file was complete'));
    });
  });
}

function fileNameOf(url: URL): string {
  const segment = url.pathname.split('/').pop() ?? '';
  let name: string;
  try {
    name = decodeURIComponent(segment);
  } catch {
    name = segment;
  }
  const dot = name.lastIndexOf('.');
  if (dot >= 0) name = name.slice(0, dot);
  return name
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(0, 200); // control characters never belong in a name
}
