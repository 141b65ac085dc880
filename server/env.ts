import { z } from 'zod';
import { API_KEY_PATTERN } from '../contract/session.ts';

/** The only reader of process.env on the server side. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(5173),
  HOST: z.string().optional(),
  SANDBOX_DB: z.string().default('.data/sandbox.db'),
  SANDBOX_FILES: z.string().optional(),
  NEXTDOCS_API_KEY: z
    .string()
    .regex(API_KEY_PATTERN, 'NEXTDOCS_API_KEY must look like nxd_… (8+ URL-safe characters)')
    .optional(),
  /** Proxy mode: forward /v1/* to this origin instead of running the sandbox. */
  NEXTDOCS_API_URL: z
    .url()
    .refine((u) => /^https?:\/\//i.test(u), 'NEXTDOCS_API_URL must be an http(s) URL')
    .optional(),
  /** '1' marks the session cookie Secure even over plain http (TLS terminated in front of this server). */
  SESSION_COOKIE_SECURE: z.enum(['0', '1']).optional(),
  /** '1': a TLS-terminating proxy sits in front, so its X-Forwarded-Proto: https counts as https (ignored otherwise). */
  TRUST_PROXY: z.enum(['0', '1']).optional(),
  /** The sessions database (default: sessions.db beside SANDBOX_DB; in proxy mode .data/sessions.db). */
  SESSION_DB: z.string().optional(),
  /** Secrets that seal API keys in the sessions database, comma-separated, newest first (default: a generated file beside it). */
  SESSION_SECRET: z.string().optional(),
  SANDBOX_FAULTS: z.string().optional(),
  /** 'reference': new ids shaped like the API reference's (`brand_mf3k2x9p0a1`), to test the client against other id formats. */
  SANDBOX_ID_STYLE: z.enum(['sandbox', 'reference']).default('sandbox'),
  SANDBOX_RATE_LIMIT: z.string().optional(),
  SANDBOX_FETCH_ALLOW_HOSTS: z.string().optional(),
  SANDBOX_FETCH_CA: z.string().optional(),
  PUBLIC_URL: z.url().optional(),
  /**
   * Origins besides this one that asset bytes load from, comma-separated (CSP img-src and media-src).
   * Default: none in sandbox mode (files are same-origin), the API's origin in proxy mode.
   */
  ASSET_ORIGINS: z
    .string()
    .refine((v) => listEnv(v).every(isAssetOrigin), 'ASSET_ORIGINS must be https origins (http only for loopback), comma-separated')
    .optional(),
  LOG_REQUESTS: z.enum(['0', '1']).default('1'),
});

export type Env = z.infer<typeof EnvSchema>;

/** An exact origin the CSP can name: https, or http on a loopback host (tests, a local API). */
export function isAssetOrigin(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.origin !== value.replace(/\/$/, '')) return false;
  // Plain DNS names and IP literals only: the origin goes into a CSP source list and an HTML attribute.
  if (!/^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/.test(url.hostname)) return false;
  const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  return url.protocol === 'https:' || (url.protocol === 'http:' && loopback);
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const result = EnvSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return result.data;
}

export function listEnv(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
