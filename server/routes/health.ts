import { Hono } from 'hono';
import type { Health } from '../../contract/user.ts';

export function healthRouter(service: string, clock: { now(): number }) {
  return new Hono().get('/', (c) => c.json({ ok: true, service, timestamp: clock.now() } satisfies Health));
}
