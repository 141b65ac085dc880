import { createMiddleware } from 'hono/factory';
import { ERROR_CODES, type ErrorStatus } from '../../contract/common.ts';
import type { AppEnv } from './context.ts';
import { ApiError } from './errors.ts';

interface FaultRule {
  method: string;
  pattern: RegExp;
  status: ErrorStatus;
}

/**
 * Test-only fault injection, off unless configured:
 * `SANDBOX_FAULTS='DELETE /v1/assets/*=409,PATCH /v1/brands/*=500'`. `*` matches one path segment.
 */
export function parseFaults(spec: string | undefined): FaultRule[] {
  if (!spec?.trim()) return [];
  return spec.split(',').map((part) => {
    const m = /^\s*([A-Z]+|\*)\s+(\/\S*)\s*=\s*(\d{3})\s*$/.exec(part);
    if (!m) throw new Error(`Bad SANDBOX_FAULTS entry: "${part}" (expected "METHOD /path/*=STATUS")`);
    const status = Number(m[3]);
    if (!(status in ERROR_CODES)) throw new Error(`Unsupported fault status ${status}`);
    const source = m[2]!.split('*').map(escapeRegExp).join('[^/]+');
    return { method: m[1]!, pattern: new RegExp(`^${source}$`), status: status as ErrorStatus };
  });
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function faultMiddleware(rules: FaultRule[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const rule = rules.find((r) => (r.method === '*' || r.method === c.req.method) && r.pattern.test(c.req.path));
    if (rule) {
      const headers = rule.status === 429 ? { 'Retry-After': '1' } : undefined;
      throw new ApiError(rule.status, `Injected fault (${rule.status}).`, undefined, headers);
    }
    await next();
  });
}
