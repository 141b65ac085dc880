/**
 * A local HTTPS origin for fetcher tests, with a self-signed certificate for `localhost`,
 * `127.0.0.1` and `::1` (plus any extra names asked for). Pass `ca` to the fetcher so it trusts it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';

export interface FixtureRoute {
  status?: number;
  headers?: Record<string, string>;
  body?: Uint8Array | string;
  /** Location header; status defaults to 302. Relative targets are fine. */
  redirect?: string;
  /** Sends `chunk` every `intervalMs` after the body; `count` omitted means forever (an endless stream). */
  trickle?: { chunk: Uint8Array | string; intervalMs: number; count?: number };
}
type FixtureHandler = FixtureRoute | ((req: IncomingMessage, res: ServerResponse) => void);

export interface HttpsFixture {
  origin: string;
  port: number;
  hostname: 'localhost';
  ca: string;
  /** Paths requested so far, in order. */
  requests: string[];
  url(path: string): string;
  close(): Promise<void>;
}

interface FixtureOptions {
  /** Extra DNS names for the certificate (e.g. names a test resolver maps to 127.0.0.1). */
  altNames?: string[];
  /** Listening address; defaults to 127.0.0.1 (and [::1] on the same port when available). */
  host?: string;
}

const certCache = new Map<string, Promise<{ key: string; cert: string }>>();

function certificate(altNames: string[]): Promise<{ key: string; cert: string }> {
  const cacheKey = altNames.join(',');
  let pending = certCache.get(cacheKey);
  if (!pending) {
    pending = generate([{ name: 'commonName', value: 'localhost' }], {
      keyType: 'ec',
      algorithm: 'sha256',
      extensions: [
        { name: 'basicConstraints', cA: true },
        { name: 'keyUsage', digitalSignature: true, keyCertSign: true },
        { name: 'extKeyUsage', serverAuth: true },
        {
          name: 'subjectAltName',
          altNames: [
            { type: 2, value: 'localhost' },
            ...altNames.map((value) => ({ type: 2 as const, value })),
            { type: 7, ip: '127.0.0.1' },
            { type: 7, ip: '::1' },
          ],
        },
      ],
    }).then((pems) => ({ key: pems.private, cert: pems.cert }));
    certCache.set(cacheKey, pending);
  }
  return pending;
}

function serveRoute(route: FixtureRoute, req: IncomingMessage, res: ServerResponse): void {
  if (route.redirect !== undefined) {
    res.writeHead(route.status ?? 302, { location: route.redirect, ...route.headers });
    res.end();
    return;
  }
  res.writeHead(route.status ?? 200, route.headers ?? {});
  if (route.body !== undefined) res.write(route.body);
  const trickle = route.trickle;
  if (!trickle) {
    res.end();
    return;
  }
  let sent = 0;
  const timer = setInterval(() => {
    if (res.destroyed || (trickle.count !== undefined && sent >= trickle.count)) {
      clearInterval(timer);
      if (!res.destroyed) res.end();
      return;
    }
    sent++;
    res.write(trickle.chunk);
  }, trickle.intervalMs);
  req.socket.on('close', () => clearInterval(timer));
}

function listen(server: https.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function startHttpsFixture(
  routes: Record<string, FixtureHandler>,
  options: FixtureOptions = {},
): Promise<HttpsFixture> {
  const { key, cert } = await certificate(options.altNames ?? []);
  const requests: string[] = [];
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'https://fixture.invalid').pathname;
    requests.push(path);
    const route = routes[path];
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    } else if (typeof route === 'function') {
      route(req, res);
    } else {
      serveRoute(route, req, res);
    }
  };

  const servers = [https.createServer({ key, cert }, handler)];
  const port = await listen(servers[0]!, 0, options.host ?? '127.0.0.1');
  if (options.host === undefined) {
    // `localhost` may resolve to ::1 first; serve it too when this machine has IPv6 loopback.
    const v6 = https.createServer({ key, cert }, handler);
    if (
      await listen(v6, port, '::1').then(
        () => true,
        () => false,
      )
    )
      servers.push(v6);
  }

  return {
    origin: `https://localhost:${port}`,
    port,
    hostname: 'localhost',
    ca: cert,
    requests,
    url: (path) => `https://localhost:${port}${path}`,
    close: async () => {
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections();
              server.close(() => resolve());
            }),
        ),
      );
    },
  };
}
