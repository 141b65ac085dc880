/**
 * The colour-mode cookie, shared by the server (which renders the class on <html> from it, so no
 * page flashes the wrong mode: the CSP forbids the usual inline script) and the client (which
 * writes it). Plain constants, no zod: the client module that uses it stays tiny.
 */
export const COLOR_MODES = ['system', 'light', 'dark'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

/** Not HttpOnly: the browser writes it. Holds no secret. */
export const COLOR_MODE_COOKIE = 'bks_color_mode';

/** Any value (an untrusted cookie) to a mode; anything unknown follows the system. */
export function parseColorMode(value: unknown): ColorMode {
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** The mode named in a `Cookie` header (or `document.cookie`). */
export function colorModeFromCookieHeader(header: string | null | undefined): ColorMode {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq >= 0 && part.slice(0, eq).trim() === COLOR_MODE_COOKIE) return parseColorMode(part.slice(eq + 1).trim());
  }
  return 'system';
}

/** What `<meta name="color-scheme">` says for a mode: "System" lets the browser follow the OS. */
export function colorSchemeFor(mode: ColorMode): string {
  return mode === 'system' ? 'light dark' : mode;
}
