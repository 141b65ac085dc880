import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/**
 * What the front server sends for the landing page:
 * - `real`: the production server's answer to this very request (rendered on the server);
 * - `floor`: that same answer with every script, module preload and render-blocking hint removed,
 *   i.e. what the page would cost with no JavaScript at all;
 * - `client`: the page the server sends where it does not render (the plain index.html), as with
 *   the server render switched off.
 */
export type LandingVariant = 'real' | 'floor' | 'client';

/** A page the server never renders, so its answer is the plain client-rendered index.html. */
const CLIENT_RENDERED_PATH = '/themes';

function stripToFloor(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/g, '')
    .replace(/<link\b[^>]*\bblocking="render"[^>]*>/g, '');
}

function upstreamRequest(
  upstream: URL,
  req: IncomingMessage,
  path: string,
): Promise<{ status: number; headers: Record<string, string | string[]>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const out = request(
      { host: upstream.hostname, port: upstream.port, method: 'GET', path, headers: req.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 502,
            headers: res.headers as Record<string, string | string[]>,
            body: Buffer.concat(chunks),
          }),
        );
        res.on('error', reject);
      },
    );
    out.on('error', reject);
    out.end();
  });
}

/** Every other request goes through unchanged, streamed. */
function pipeThrough(upstream: URL, req: IncomingMessage, res: ServerResponse): void {
  const out = request(
    { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  out.on('error', () => res.destroy());
  req.pipe(out);
}

/**
 * A front server for the benchmark: all three variants of the landing page travel the same way
 * (the production server's answer is read whole, then sent), so they differ only in their HTML.
 */
export function startFront(upstream: URL, port: number) {
  let variant: LandingVariant = 'real';
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://front').pathname;
    if (req.method !== 'GET' || path !== '/brands') return pipeThrough(upstream, req, res);
    const source = variant === 'client' ? CLIENT_RENDERED_PATH : (req.url ?? '/brands');
    upstreamRequest(upstream, req, source).then(
      ({ status, headers, body }) => {
        const html = variant === 'floor' ? Buffer.from(stripToFloor(body.toString('utf8'))) : body;
        const sent = { ...headers };
        delete sent['content-length'];
        delete sent['transfer-encoding'];
        sent['content-length'] = String(html.byteLength);
        res.writeHead(status, sent);
        res.end(html);
      },
      () => {
        res.writeHead(502);
        res.end();
      },
    );
  });
  return new Promise<{ setVariant: (v: LandingVariant) => void; close: () => Promise<void> }>((resolve) => {
    server.listen(port, '127.0.0.1', () =>
      resolve({
        setVariant: (v) => {
          variant = v;
        },
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    );
  });
}
