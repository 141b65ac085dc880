import { z } from 'zod';

export const ID_PREFIXES = ['brand', 'asset', 'theme', 'org', 'user'] as const;
export type IdPrefix = (typeof ID_PREFIXES)[number];

/**
 * What a request may name as an id of one resource: the prefix, then 1 to 100 letters, digits,
 * `_` or `-`. The sandbox makes ULID-like ids (`brand_01J…`), but the reference's own examples use
 * others (`brand_abc123`), so requests accept any such id; an unknown one is simply not found.
 */
export function idPattern(prefix: IdPrefix): RegExp {
  return new RegExp(`^${prefix}_[A-Za-z0-9][A-Za-z0-9_-]{0,99}$`);
}

/**
 * The client's only check on an id it got from the API or a URL: one safe path segment (the
 * unreserved characters of RFC 3986, not `.` or `..`). It assumes no format of the sandbox's.
 */
export function isSafeId(value: string): boolean {
  return value.length <= 200 && /^[A-Za-z0-9._~-]+$/.test(value) && value !== '.' && value !== '..';
}
/** A request-side id of one resource; malformed ids are a 400. */
export const idOf = (prefix: IdPrefix) =>
  z.string().regex(idPattern(prefix), `Expected a ${prefix} id (${prefix}_…)`);

/** System themes use their key as id, e.g. `midnight-blue`. */
export const SYSTEM_THEME_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** ISO-8601 UTC timestamp. Responses only; kept lenient so the real API can differ. */
export const Timestamp = z.string();

/** Request colours: #RGB or #RRGGBB in any case, normalised to uppercase #RRGGBB. */
export const HexColorInput = z
  .string()
  .regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'Expected a colour as #RGB or #RRGGBB')
  .transform(normalizeHex);

export function normalizeHex(value: string): string {
  const hex = value.slice(1).toUpperCase();
  return hex.length === 3 ? `#${[...hex].map((c) => c + c).join('')}` : `#${hex}`;
}

export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({ object: z.literal('list'), data: z.array(item), has_more: z.boolean() });
export type List<T> = { object: 'list'; data: T[]; has_more: boolean };

export const ErrorDetail = z.object({ path: z.string(), message: z.string() });
export type ErrorDetail = z.infer<typeof ErrorDetail>;

/** Section 1.7 + 15: only `error` is required by the docs; code and message are always sent by the sandbox. */
export const ErrorEnvelope = z.object({
  error: z.object({
    code: z.string().optional(),
    message: z.string().optional(),
    details: z.array(ErrorDetail).optional(),
    request_id: z.string().optional(),
  }),
});
export type ErrorEnvelope = z.infer<typeof ErrorEnvelope>;

export { ERROR_CODES, type ErrorStatus } from './codes';

export const PAGE_LIMIT_MAX = 20;

/** `limit`: integer 1–20, default 20; anything else is a 400 (no clamping). */
export const LimitParam = z
  .string()
  .regex(/^\d{1,3}$/, 'limit must be an integer from 1 to 20')
  .transform(Number)
  .pipe(z.number().int().min(1, 'limit must be at least 1').max(PAGE_LIMIT_MAX, 'limit must be at most 20'))
  .optional()
  .transform((v) => v ?? PAGE_LIMIT_MAX);

export const OrgIdParam = z.string().min(1).max(100);

/** Query objects are not strict: unknown query parameters are ignored (per the API notes; the docs are silent). */
export const pageQuery = (prefix: IdPrefix) =>
  z.object({ limit: LimitParam, after: idOf(prefix).optional(), org_id: OrgIdParam.optional() });
