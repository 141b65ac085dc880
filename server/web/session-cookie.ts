import type { Context } from 'hono';
import { generateCookie, getCookie } from 'hono/cookie';

const SESSION_COOKIE = 'bks_session';

/** Session ids are 32 random bytes in base64url; anything else is not worth a lookup. */
const ID_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export interface CookiePolicy {
  /** Force `Secure` (e.g. behind a TLS-terminating proxy); otherwise set whenever the request is https. */
  forceSecure?: boolean;
}

function secure(c: Context, policy: CookiePolicy): boolean {
  return policy.forceSecure === true || new URL(c.req.url).protocol === 'https:';
}

export function readSessionId(c: Context): string | null {
  const value = getCookie(c, SESSION_COOKIE);
  return value !== undefined && ID_SHAPE.test(value) ? value : null;
}

/** True when the request names a session cookie at all (even a malformed or stale one). */
export function hasSessionCookie(c: Context): boolean {
  return getCookie(c, SESSION_COOKIE) !== undefined;
}

/**
 * The Set-Cookie value for a new session. HttpOnly keeps the id away from scripts; SameSite=Strict
 * keeps it off cross-site requests (key custody). Returned as a string so every response states it explicitly.
 */
export function sessionCookie(c: Context, id: string, maxAgeMs: number, policy: CookiePolicy): string {
  return generateCookie(SESSION_COOKIE, id, {
    path: '/',
    httpOnly: true,
    sameSite: 'Strict',
    secure: secure(c, policy),
    maxAge: Math.floor(maxAgeMs / 1000),
  });
}

export function clearedSessionCookie(c: Context, policy: CookiePolicy): string {
  return generateCookie(SESSION_COOKIE, '', { path: '/', httpOnly: true, sameSite: 'Strict', secure: secure(c, policy), maxAge: 0 });
}
