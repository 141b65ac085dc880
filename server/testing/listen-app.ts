import type { Server } from 'node:http';
import { serve } from '@hono/node-server';

export interface Listening {
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
}

/** Serves a fetch handler over real HTTP on 127.0.0.1 and a free port, as server/index.ts does. */
export function listenApp(fetch: (req: Request) => Response | Promise<Response>): Promise<Listening> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
      resolve({
        port: info.port,
        url: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            (server as Server).closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
