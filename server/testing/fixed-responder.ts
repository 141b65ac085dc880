import { createServer as createHttpServer } from 'node:http';
import { listen } from './toxic-proxy.ts';

/**
 * HTTP upstreams with one fixed answer for the proxy-mode tests: a gateway's HTML 502, a 429 with
 * Retry-After, a stall mid-body. Each records what reached it, so it doubles as a spy upstream for open-proxy probes.
 */
export interface SeenRequest {
  method: string;
  /** The request target exactly as it arrived. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  bodyBytes: number;
}

export interface FixedResponder {
  readonly url: string;
  readonly port: number;
  /** Every request the responder received: a spy upstream. */
  readonly seen: SeenRequest[];
  close(): Promise<void>;
}

export interface FixedAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Send the head and this part of the body, then hold the connection open (a mid-body stall). */
  stallAfter?: number;
}

/** An HTTP upstream that gives one fixed answer, e.g. a gateway's HTML 502 or a 429 with Retry-After. */
export async function startResponder(answer: FixedAnswer): Promise<FixedResponder> {
  const seen: SeenRequest[] = [];
  const server = createHttpServer((req, res) => {
    let bodyBytes = 0;
    req.on('data', (chunk: Buffer) => (bodyBytes += chunk.length));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: { ...req.headers }, bodyBytes });
      res.writeHead(answer.status, answer.headers);
      if (answer.stallAfter === undefined) res.end(answer.body);
      else res.write(answer.body.slice(0, answer.stallAfter));
    });
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const HTML_502 = {
  status: 502,
  headers: { 'content-type': 'text/html' },
  body: '<html><body><h1>502 Bad Gateway</h1><script>alert(1)</script></body></html>',
};

export const JSON_OK = { status: 200, headers: { 'content-type': 'application/json' }, body: '{"ok":true}' };

export const RATE_LIMITED_429 = {
  status: 429,
  headers: { 'content-type': 'application/json', 'retry-after': '7' },
  body: JSON.stringify({ error: { code: 'RATE_LIMITED', message: 'Too many requests.' } }),
};
