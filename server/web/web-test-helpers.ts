/* eslint-disable @typescript-eslint/no-explicit-any -- tests read arbitrary JSON */
import { createTestApp } from '../testing/test-app.ts';
import { createWebApp, type WebAppOptions } from './web-app.ts';

/** Every log line written by any web app or sandbox in this test process, for the scan for keys in logs. */
export const capturedLogs: string[] = [];

const BROWSER = { 'sec-fetch-site': 'same-origin', origin: 'http://localhost' };

interface Answer {
  status: number;
  headers: Headers;
  json: any;
  text: string;
  /** The session id a Set-Cookie gave, '' when it cleared the cookie, undefined when none. */
  cookie: string | undefined;
  setCookie: string | null;
}

/** The web app over a real sandbox (createTestApp), with a one-cookie jar like a browser's. */
export function webHarness(options: Partial<WebAppOptions> = {}) {
  const sandbox = createTestApp({ log: (line) => capturedLogs.push(line) });
  const web = createWebApp({
    mode: 'sandbox',
    upstream: async (req) => sandbox.app.fetch(req),
    listeningOnLoopback: true,
    log: (line) => capturedLogs.push(line),
    ...options,
  });
  const answers: Answer[] = [];
  let jar: string | undefined;

  async function call(
    method: string,
    path: string,
    init: { body?: unknown; headers?: Record<string, string>; cookie?: string | null; base?: string } = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = { ...(method === 'GET' ? {} : BROWSER), ...init.headers };
    // '' removes a default header (e.g. a browser that sends no Sec-Fetch-Site).
    for (const name of Object.keys(headers)) if (headers[name] === '') delete headers[name];
    const cookie = init.cookie === undefined ? jar : init.cookie;
    if (cookie) headers.cookie = `bks_session=${cookie}`;
    let body: string | undefined;
    if (init.body !== undefined) {
      body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await web.request(`${init.base ?? 'http://localhost'}${path}`, { method, headers, body });
    const text = await res.text();
    let json: any;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    const setCookie = res.headers.get('set-cookie');
    const match = setCookie ? /bks_session=([^;]*)/.exec(setCookie) : null;
    const answer: Answer = { status: res.status, headers: res.headers, json, text, cookie: match?.[1], setCookie };
    if (answer.cookie !== undefined) jar = answer.cookie || undefined;
    answers.push(answer);
    return answer;
  }

  return {
    sandbox,
    web,
    keys: sandbox.keys,
    users: sandbox.users,
    answers,
    call,
    get jar() {
      return jar;
    },
    signIn: (key: string) => call('POST', '/session', { body: { key } }),
    close: () => sandbox.close(),
  };
}
