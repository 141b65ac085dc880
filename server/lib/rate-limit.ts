import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './context.ts';
import { ApiError } from './errors.ts';

export interface RateLimitOptions {
  capacity: number;
  refillPerSecond: number;
}
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { capacity: 600, refillPerSecond: 100 };

interface Bucket {
  tokens: number;
  at: number;
}

/** A token bucket per API key. */
export function rateLimitMiddleware(options: RateLimitOptions, clock: { now(): number }) {
  const buckets = new Map<string, Bucket>();
  return createMiddleware<AppEnv>(async (c, next) => {
    const id = c.var.keyDigest;
    const now = clock.now();
    const bucket = buckets.get(id) ?? { tokens: options.capacity, at: now };
    bucket.tokens = Math.min(options.capacity, bucket.tokens + ((now - bucket.at) / 1000) * options.refillPerSecond);
    bucket.at = now;
    if (bucket.tokens < 1) {
      buckets.set(id, bucket);
      const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / options.refillPerSecond));
      throw new ApiError(429, 'Too many requests; slow down and retry later.', undefined, {
        'Retry-After': String(retryAfter),
      });
    }
    bucket.tokens -= 1;
    buckets.set(id, bucket);
    // Bound memory: forget full buckets once the map grows.
    if (buckets.size > 10_000) for (const [k, b] of buckets) if (b.tokens >= options.capacity) buckets.delete(k);
    await next();
  });
}

export function parseRateLimit(value: string | undefined): RateLimitOptions {
  if (!value) return DEFAULT_RATE_LIMIT;
  const m = /^(\d+):(\d+(?:\.\d+)?)$/.exec(value.trim());
  if (!m) throw new Error('SANDBOX_RATE_LIMIT must look like "capacity:refillPerSecond", e.g. 600:100');
  return { capacity: Number(m[1]), refillPerSecond: Number(m[2]) };
}
