import { Hono } from 'hono';
import type { Health } from '../../contract/user.ts';
import { sendJson } from '../lib/response-headers.ts';

export function healthRouter(service: string, clock: { now(): number }) {
  return new Hono().get('/', (c) => sendJson(c, { ok: true, service, timestamp: clock.now() } satisfies Health));
}
