import { z } from 'zod';
import { Quota } from './organization';

/*
 * The server's own /session API (server/web/session-routes.ts): not part of NextDocs, but the
 * server and the SPA both speak it, so its shapes live here like every other wire shape.
 */

export const sessionPaths = { session: '/session', demo: '/session/demo' } as const;

/** An API key as NextDocs issues them; checked before a key is sent, stored or looked up. */
export const API_KEY_PATTERN = /^nxd_[A-Za-z0-9_-]{8,200}$/;

// The message never repeats the value: a malformed key is still someone's secret.
export const ApiKey = z.string().regex(API_KEY_PATTERN, 'Expected an API key that starts with nxd_');

/** POST /session body. */
export const SignInBody = z.strictObject({ key: ApiKey });
export type SignInBody = z.infer<typeof SignInBody>;

/**
 * The signed-in user: the answer of GET /v1/me. The sandbox follows the contract's User, but in
 * proxy mode the real API may add or rename fields and the server then passes its object on as
 * is, so every field is optional here and a quota of another shape is dropped rather than
 * refusing the sign-in.
 */
export const SessionUser = z.object({
  id: z.string().optional(),
  email: z.string().optional(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  quota: Quota.nullish().catch(null),
});
export type SessionUser = z.infer<typeof SessionUser>;

export const SessionMode = z.enum(['sandbox', 'proxy']);
export type SessionMode = z.infer<typeof SessionMode>;

/** Origins besides the app's own that asset bytes load from (the server's CSP allows exactly these). */
const AssetOrigins = z.array(z.string()).optional();

export const SignedInState = z.object({
  signed_in: z.literal(true),
  user: SessionUser,
  mode: SessionMode,
  demo_available: z.boolean(),
  asset_origins: AssetOrigins,
  /** The server signs every visitor in with its NEXTDOCS_API_KEY; there is no session to end. */
  server_key: z.literal(true).optional(),
});
export type SignedInState = z.infer<typeof SignedInState>;

export const SignedOutState = z.object({
  signed_in: z.literal(false),
  mode: SessionMode,
  demo_available: z.boolean(),
  asset_origins: AssetOrigins,
  /** expired: the cookie named a session that ended; server_key_rejected: NEXTDOCS_API_KEY was refused. */
  reason: z.enum(['expired', 'server_key_rejected']).optional(),
});
export type SignedOutState = z.infer<typeof SignedOutState>;

/** GET /session: always 200, one of these two. */
export const SessionState = z.discriminatedUnion('signed_in', [SignedInState, SignedOutState]);
export type SessionState = z.infer<typeof SessionState>;

/** POST /session and POST /session/demo: 200. */
export const SignedIn = z.object({ user: SessionUser, mode: SessionMode });
export type SignedIn = z.infer<typeof SignedIn>;

/**
 * The same answers as the server builds them. Its `user` is whatever GET /v1/me returned: the
 * contract's User when it fits, else (proxy mode) the real API's object untouched, so on that side
 * it is only known to be an object; clients read it through SessionUser.
 */
type AsSent<T> = T extends { user: SessionUser } ? Omit<T, 'user'> & { user: object } : T;
export type SessionStateSent = AsSent<SessionState>;
export type SignedInSent = AsSent<SignedIn>;
