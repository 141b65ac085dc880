// @vitest-environment node
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenApp, type Listening } from '../testing/listen-app.ts';
import { type FixedResponder, JSON_OK, startResponder } from '../testing/fixed-responder.ts';
import { createUpstreamProxy } from './proxy.ts';
import { createWebApp } from './web-app.ts';

/**
 * Open-proxy probes (absolute-form, forged Host, dot segments, double slashes) sent as raw bytes;
 * the spy upstream must see only /v1/* on its own origin.
 */
const KEY = 'nxd_openproxyprobekey0000';
const logs: string[] = [];
let spy: FixedResponder;
let elsewhere: FixedResponder;
const webs: Listening[] = [];

beforeAll(async () => {
  spy = await startResponder(JSON_OK);
  elsewhere = await startResponder(JSON_OK);
  for (const listeningOnLoopback of [true, false]) {
    const upstream = createUpstreamProxy({ origin: spy.url, timeoutMs: 2000, log: (line) => logs.push(line) });
    const web = createWebApp({ mode: 'proxy', upstream, listeningOnLoopback, fixedKey: KEY, log: (line) => logs.push(line) });
    webs.push(await listenApp((req) => web.fetch(req)));
  }
});
afterAll(async () => {
  for (const web of webs) await web.close();
  await spy.close();
  await elsewhere.close();
  for (const line of logs) expect(line).not.toContain('nxd_');
});

/** Sends one request exactly as written (request line and headers) and returns the status line. */
function raw(port: number, request: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    const done = () => resolve(data.split('\r\n', 1)[0] ?? '');
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('close', done);
    socket.on('error', done);
    socket.write(request, 'latin1');
    setTimeout(() => socket.destroy(), 2000).unref();
  });
}

const TARGETS = (elsewherePort: number) => [
  '/v1/me',
  `http://127.0.0.1:${elsewherePort}/v1/me`,
  'http://evil.example/v1/me',
  `http://127.0.0.1:${elsewherePort}/v1/../x`,
  '/v1/../x',
  '/v1/../../etc/passwd',
  '/x/../v1/me',
  '/v1/%2e%2e/x',
  '/v1/%2E%2E/x',
  '/v1/.%2e/x',
  '/v1/%2e/me',
  '/v1/./me',
  '/v1/..%2f..%2fx',
  '//v1/x',
  '//evil.example/v1/x',
  `//127.0.0.1:${elsewherePort}/v1/me`,
  '/v1//me',
  '/v2/x',
  '/V1/me',
  '/%76%31/me',
  '/v1/%2Fx',
  '/v1/%2fevil.example',
  '/v1/%5cx',
  '/v1\\..\\x',
  '/v1/me%00',
  '/v1/me?next=//evil.example/x',
  '/v1/@evil.example/x',
  '*',
];

describe('open-proxy probes', () => {
  it('never reaches anything but /v1/* on the configured origin', async () => {
    const statuses: string[] = [];
    for (const web of webs) {
      const hosts = [`127.0.0.1:${web.port}`, `127.0.0.1:${elsewhere.port}`, 'evil.example', `localhost:${elsewhere.port}`];
      for (const target of TARGETS(elsewhere.port)) {
        for (const host of hosts) {
          for (const auth of [`Authorization: Bearer ${KEY}\r\n`, '']) {
            const request = `GET ${target} HTTP/1.1\r\nHost: ${host}\r\n${auth}Connection: close\r\n\r\n`;
            statuses.push(`${await raw(web.port, request)} ${target} ${host}`);
          }
        }
      }
    }
    expect(elsewhere.seen).toEqual([]);
    // Not vacuous: the plain /v1/me probes (forged Host and absolute form included) were forwarded, to the spy.
    expect(spy.seen.length).toBeGreaterThanOrEqual(8);
    for (const seen of spy.seen) {
      const path = seen.url.split('?')[0]!;
      expect(path).toMatch(/^\/v1\/[^/]/);
      expect(path).not.toMatch(/\.\.|%2e|%2f|%5c|%00|\/\/|\\/i);
      expect(seen.headers.host).toBe(`127.0.0.1:${spy.port}`);
    }
    expect(new Set(spy.seen.map((s) => s.url.split('?')[0]))).toEqual(new Set(['/v1/me', '/v1/@evil.example/x']));
    expect(statuses.length).toBe(2 * TARGETS(0).length * 4 * 2);
  });
});
