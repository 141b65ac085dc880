/**
 * Why the user is on the connect screen, carried in its URL (`?reason=`) so a reload keeps the
 * explanation. Unknown values are ignored: the URL is user input.
 * - ended: a request answered 401 in the middle of a session
 * - expired: the server no longer knew the session this browser had
 * - server_key_rejected: the key the server was started with (NEXTDOCS_API_KEY) was refused
 */
export const CONNECT_REASONS = {
  ended: 'Your session ended or the key was revoked. Sign in again to continue where you were; unsaved text in forms is kept.',
  expired: 'Your session has expired. Sign in again to continue.',
  server_key_rejected:
    'The API key this server was started with (NEXTDOCS_API_KEY) was not accepted. Sign in with your own key, or ask whoever runs the server to replace it.',
} as const;

export type ConnectReason = keyof typeof CONNECT_REASONS;

export function parseConnectReason(value: string | null): ConnectReason | null {
  return value !== null && Object.hasOwn(CONNECT_REASONS, value) ? (value as ConnectReason) : null;
}
