import type { Context } from 'hono';
import { generateCookie, getCookie } from 'hono/cookie';

const SESSION_COOKIE = 'bks_session';

/** Session ids are 32 random bytes in base64url; anything else is not worth a lookup. */
const ID_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export interface CookiePolicy {
  /** Force `Secure` (SESSION_COOKIE_SECURE=1); otherwise set whenever the request is https. */
  forceSecure?: boolean;
  /** TRUST_PROXY=1: a TLS-terminating proxy in front sets X-Forwarded-Proto, so its `https` counts as https. */
  trustProxy?: boolean;
}

/**
 * Whether the browser reached us over https. Without a trusted proxy X-Forwarded-Proto is ignored:
 * any client can send it. With one, the last value counts, as that is the one the proxy itself
 * added (a value the client sent can only come before it).
 */
function secure(c: Context, policy: CookiePolicy): boolean {
  if (policy.forceSecure === true || c.req.url.startsWith('https:')) return true;
  if (policy.trustProxy !== true) return false;
  const proto = c.req.header('x-forwarded-proto');
  return proto?.split(',').at(-1)?.trim().toLowerCase() === 'https';
}

/**
 * A Secure cookie is named `__Host-bks_session`: browsers accept that name only with Secure,
 * Path=/ and no Domain, so neither a sibling subdomain nor a plain-http answer can plant or
 * overwrite it. Reading uses the same rule as setting, so on a secure request a plain
 * `bks_session` (which anyone able to toss cookies could have set) names no session.
 */
const prefix = (c: Context, policy: CookiePolicy) => (secure(c, policy) ? ('host' as const) : undefined);

const cookieValue = (c: Context, policy: CookiePolicy) => getCookie(c, SESSION_COOKIE, prefix(c, policy));

export function readSessionId(c: Context, policy: CookiePolicy): string | null {
  const value = cookieValue(c, policy);
  return value !== undefined && ID_SHAPE.test(value) ? value : null;
}

/** True when the request names a session cookie at all (even a malformed or stale one). */
export function hasSessionCookie(c: Context, policy: CookiePolicy): boolean {
  return cookieValue(c, policy) !== undefined;
}

function cookie(c: Context, value: string, maxAge: number, policy: CookiePolicy): string {
  const p = prefix(c, policy);
  // With the `host` prefix hono also forces Path=/ and drops any Domain.
  return generateCookie(SESSION_COOKIE, value, { path: '/', httpOnly: true, sameSite: 'Strict', secure: p === 'host', prefix: p, maxAge });
}

/**
 * The Set-Cookie value for a new session. HttpOnly keeps the id away from scripts; SameSite=Strict
 * keeps it off cross-site requests (key custody). Returned as a string so every response states it explicitly.
 */
export function sessionCookie(c: Context, id: string, maxAgeMs: number, policy: CookiePolicy): string {
  return cookie(c, id, Math.floor(maxAgeMs / 1000), policy);
}

export function clearedSessionCookie(c: Context, policy: CookiePolicy): string {
  return cookie(c, '', 0, policy);
}
