import http from 'node:http';

interface Reply {
  status: number;
  body: unknown;
}

export interface ApiClient {
  /** Rejects on a network error (refused, reset: the server was killed); any HTTP status resolves. */
  send(method: string, path: string, body?: unknown): Promise<Reply>;
  close(): void;
}

/**
 * node:http with an agent per server process: a kept-alive socket to a killed process is never
 * reused for the next one, so a network error always means this process, not a stale socket.
 */
export function createApiClient(port: number, key: string): ApiClient {
  const agent = new http.Agent({ keepAlive: true });
  return {
    send(method, path, body) {
      const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
      return new Promise((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port,
            method,
            path,
            agent,
            headers: {
              authorization: `Bearer ${key}`,
              accept: 'application/json',
              ...(payload ? { 'content-type': 'application/json', 'content-length': payload.byteLength } : {}),
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('error', reject);
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              let parsed: unknown = text;
              try {
                parsed = text ? JSON.parse(text) : null;
              } catch {
                // not JSON: kept as text for the failure message
              }
              resolve({ status: res.statusCode ?? 0, body: parsed });
            });
          },
        );
        req.on('error', reject);
        req.end(payload);
      });
    },
    close: () => agent.destroy(),
  };
}
