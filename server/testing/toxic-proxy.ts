import type { Server as HttpServer } from 'node:http';
import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A small TCP fault proxy for the proxy-mode tests against a faulty upstream: Toxiproxy is not
 * available here, so the toxics we need are implemented on node:net and named like Toxiproxy's.
 * Toxics act on the downstream direction (upstream → client); the request goes through untouched.
 */
export type Toxic =
  /** Delays every downstream chunk (and the end) by latencyMs. */
  | { type: 'latency'; latencyMs: number }
  /** Accepts the connection and the request, then never answers (held open until closed). */
  | { type: 'timeout' }
  /** Forwards the response head and `afterBodyBytes` body bytes, then resets the connection (RST) `timeoutMs` later. */
  | { type: 'reset_peer'; afterBodyBytes: number; timeoutMs?: number }
  /** Trickle: cuts the downstream into `sliceBytes` pieces sent `delayMs` apart. */
  | { type: 'slicer'; sliceBytes: number; delayMs: number }
  /** Forwards `bytes` bytes downstream, then closes the connection normally (FIN). */
  | { type: 'limit_data'; bytes: number };

interface ToxicProxy {
  readonly port: number;
  /** `http://127.0.0.1:<port>`, to use as the proxy's upstream origin. */
  readonly url: string;
  /** Connections accepted so far. */
  readonly connections: number;
  close(): Promise<void>;
}

const HEAD_END = Buffer.from('\r\n\r\n');

/** Listens on 127.0.0.1 and a free port. */
export function listen(server: Server | HttpServer): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

/** Applies one toxic to the upstream → client direction of a connection. */
function downstream(up: Socket, client: Socket, toxic: Toxic | null): void {
  if (toxic === null) {
    up.pipe(client);
    return;
  }
  if (toxic.type === 'latency') {
    up.on('data', (chunk: Buffer) => setTimeout(() => client.writable && client.write(chunk), toxic.latencyMs));
    up.on('end', () => setTimeout(() => client.end(), toxic.latencyMs));
    return;
  }
  if (toxic.type === 'slicer') {
    const queue: Buffer[] = [];
    let ended = false;
    let timer: NodeJS.Timeout | null = null;
    const tick = () => {
      timer = null;
      const next = queue.shift();
      if (next && client.writable) client.write(next);
      if (queue.length > 0) timer = setTimeout(tick, toxic.delayMs);
      else if (ended) client.end();
    };
    up.on('data', (chunk: Buffer) => {
      for (let i = 0; i < chunk.length; i += toxic.sliceBytes) queue.push(chunk.subarray(i, i + toxic.sliceBytes));
      if (timer === null) timer = setTimeout(tick, toxic.delayMs);
    });
    up.on('end', () => {
      ended = true;
      if (timer === null && queue.length === 0) client.end();
    });
    client.on('close', () => timer && clearTimeout(timer));
    return;
  }
  if (toxic.type === 'limit_data') {
    let sent = 0;
    up.on('data', (chunk: Buffer) => {
      const room = toxic.bytes - sent;
      if (room <= 0) return;
      client.write(chunk.subarray(0, room));
      sent += Math.min(room, chunk.length);
      if (sent >= toxic.bytes) {
        client.end();
        up.destroy();
      }
    });
    up.on('end', () => client.end());
    return;
  }
  if (toxic.type === 'reset_peer') {
    let seen = Buffer.alloc(0);
    up.on('data', (chunk: Buffer) => {
      seen = Buffer.concat([seen, chunk]);
      const head = seen.indexOf(HEAD_END);
      if (head === -1) return;
      const cut = head + HEAD_END.length + toxic.afterBodyBytes;
      if (seen.length < cut) return;
      client.write(seen.subarray(0, cut), () => {
        setTimeout(() => {
          client.resetAndDestroy();
          up.destroy();
        }, toxic.timeoutMs ?? 0);
      });
      up.removeAllListeners('data');
    });
    return;
  }
  // 'timeout' never connects upstream (handled by the caller).
}

export async function startToxicProxy(upstream: { host?: string; port: number }, toxic: Toxic | null = null): Promise<ToxicProxy> {
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = createServer((client) => {
    connections += 1;
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    if (toxic?.type === 'timeout') {
      client.resume(); // read and drop the request; never answer
      return;
    }
    const up = connect(upstream.port, upstream.host ?? '127.0.0.1');
    sockets.add(up);
    up.on('close', () => {
      sockets.delete(up);
      if (!client.destroyed && toxic === null) client.end();
    });
    up.on('error', () => client.destroy());
    client.on('error', () => up.destroy());
    client.on('close', () => up.destroy());
    client.pipe(up);
    downstream(up, client, toxic);
  });
  const port = await listen(server);
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    get connections() {
      return connections;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
