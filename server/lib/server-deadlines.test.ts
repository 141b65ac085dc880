// @vitest-environment node
import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';
import { once } from 'node:events';
import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import { afterEach, describe, expect, it } from 'vitest';
import { capturedLogs, webHarness } from '../web/web-test-helpers.ts';
import { applyDeadlines, DEADLINES, type Deadlines } from './server-deadlines.ts';

/** Short deadlines so the test can watch them fire; production uses DEADLINES. */
const SHORT: Deadlines = { headersMs: 300, requestMs: 800, keepAliveMs: 5_000, checkEveryMs: 50 };

const open: Array<{ server: Server; close(): void }> = [];
afterEach(async () => {
  for (const { server, close } of open.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    close();
  }
});

/** The real web app (over a real sandbox) behind a real Node HTTP server with the deadlines applied. */
async function listen(deadlines: Deadlines) {
  const harness = webHarness();
  const server = createAdaptorServer({ fetch: harness.web.fetch }) as Server;
  applyDeadlines(server, deadlines);
  open.push({ server, close: harness.close });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { harness, server, port: (server.address() as AddressInfo).port };
}

/** A raw socket, so the client can be as slow or as rude as it likes; resolves what it received when the server closes it. */
function rawClient(port: number) {
  const socket: Socket = connect(port, '127.0.0.1');
  let received = '';
  socket.on('data', (chunk) => (received += chunk.toString()));
  socket.on('error', () => undefined);
  const closed = new Promise<{ received: string; at: number }>((resolve) =>
    socket.on('close', () => resolve({ received, at: performance.now() })),
  );
  return { socket, closed };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends `opening`, then one `drop` every 100 ms, like a slowloris client that never finishes.
 * Resolves what the server answered and after how long it closed, or null if it was still open after 10 s
 * (far past the short deadlines, so a loaded machine does not fail it).
 */
async function dripUntilCut(port: number, opening: string, drop: string) {
  const { socket, closed } = rawClient(port);
  const started = performance.now();
  socket.write(opening);
  const drip = setInterval(() => socket.writable && socket.write(drop), 100);
  const end = await Promise.race([closed, sleep(10_000).then(() => null)]);
  clearInterval(drip);
  socket.destroy();
  return end && { received: end.received, afterMs: end.at - started };
}

/** The log lines since `before`, once the sandbox has logged its line for the POST (it logs each request when answered). */
async function linesAfterPost(before: number): Promise<string[]> {
  const posted = () => capturedLogs.slice(before).some((l) => l.startsWith('POST /v1/brands'));
  for (let i = 0; i < 400 && !posted(); i++) await sleep(25);
  expect(posted()).toBe(true);
  return capturedLogs.slice(before);
}

const isServerError = (line: string) => /^error |\s500\s/.test(line);

describe('applyDeadlines', () => {
  it('production values: 10 s for headers, 30 s for the request, keep-alive idle no shorter than 10 s', () => {
    expect(DEADLINES.headersMs).toBe(10_000);
    expect(DEADLINES.requestMs).toBe(30_000);
    expect(DEADLINES.keepAliveMs).toBeGreaterThanOrEqual(10_000);
    expect(DEADLINES.checkEveryMs).toBeLessThanOrEqual(2_000);
  });

  it('cuts off a client that sends its headers a line at a time, after the header deadline', async () => {
    const { port } = await listen(SHORT);
    const end = await dripUntilCut(port, 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n', 'X-Slow: 1\r\n');
    expect(end?.received).toMatch(/^HTTP\/1\.1 408 /);
    expect(end?.afterMs).toBeGreaterThanOrEqual(SHORT.headersMs - 20);
  });

  it('cuts off a client that sends its body a byte at a time, after the request deadline, and logs no 500', async () => {
    const { harness, port } = await listen(SHORT);
    const before = capturedLogs.length;
    const headers = `Content-Type: application/json\r\nContent-Length: 100\r\nAuthorization: Bearer ${harness.keys.a}\r\n`;
    const end = await dripUntilCut(port, `POST /v1/brands HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}\r\n{`, ' ');
    expect(end?.received).toMatch(/^HTTP\/1\.1 408 /);
    expect(end?.afterMs).toBeGreaterThanOrEqual(SHORT.requestMs - 20);
    expect((await linesAfterPost(before)).filter(isServerError)).toEqual([]);
  });

  it('a client that hangs up mid-body is logged as a client abort, never as a 500', async () => {
    const { harness, server, port } = await listen(SHORT);
    const before = capturedLogs.length;
    const { socket, closed } = rawClient(port);
    // Hang up only once the server is reading this request's body, however busy the machine.
    const reading = once(server, 'request');
    socket.write(
      `POST /v1/brands HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n` +
        `Authorization: Bearer ${harness.keys.a}\r\n\r\n{"name": "Half`,
    );
    await reading;
    socket.destroy();
    await closed;
    const lines = await linesAfterPost(before);
    expect(lines.filter(isServerError)).toEqual([]);
    expect(lines.some((l) => /^client closed request_id=\S+ before its body was complete$/.test(l))).toBe(true);
    expect(harness.sandbox.db.prepare('SELECT count(*) AS n FROM brands').get()).toEqual({ n: 0 });
  });
});
