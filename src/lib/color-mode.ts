import { COLOR_MODE_COOKIE, colorModeFromCookieHeader, colorSchemeFor, type ColorMode } from '@contract/color-mode';

export { COLOR_MODES, type ColorMode } from '@contract/color-mode';

/**
 * The colour mode: System (no class; CSS `prefers-color-scheme` decides), Light or Dark (the
 * `light` / `dark` class on <html>). The server renders that class from the cookie on every page,
 * so this module runs only when the user changes the mode; it is imported by lazy chunks only
 * (account panel, command palette), never by the entry (bundle budget).
 */

const YEAR = 60 * 60 * 24 * 365;
const listeners = new Set<() => void>();

/** The mode the user chose (the cookie); 'system' when none. */
export function getColorMode(doc: Document = document): ColorMode {
  return colorModeFromCookieHeader(doc.cookie);
}

/** Light or dark as shown now: the chosen mode, or the system's for 'system'. */
export function effectiveColorMode(mode: ColorMode = getColorMode(), prefersDark = systemPrefersDark()): 'light' | 'dark' {
  if (mode !== 'system') return mode;
  return prefersDark ? 'dark' : 'light';
}

/** Shows `mode` on the page: the class on <html> and the color-scheme meta, as the server renders them. */
export function applyColorMode(mode: ColorMode, doc: Document = document): void {
  const root = doc.documentElement;
  root.classList.toggle('dark', mode === 'dark');
  root.classList.toggle('light', mode === 'light');
  doc.querySelector('meta[name="color-scheme"]')?.setAttribute('content', colorSchemeFor(mode));
}

/** Remembers `mode` (a year-long cookie the server reads; 'system' removes it) and applies it. */
export function setColorMode(mode: ColorMode, doc: Document = document): void {
  const secure = doc.location?.protocol === 'https:' ? '; Secure' : '';
  const value = mode === 'system' ? '; Max-Age=0' : `; Max-Age=${YEAR}`;
  doc.cookie = `${COLOR_MODE_COOKIE}=${mode === 'system' ? '' : mode}; Path=/; SameSite=Lax${value}${secure}`;
  applyColorMode(mode, doc);
  for (const listener of listeners) listener();
}

/** Flips what is shown now (a system dark becomes Light, and the reverse); returns the new mode. */
export function toggleColorMode(doc: Document = document): ColorMode {
  const next = effectiveColorMode(getColorMode(doc)) === 'dark' ? 'light' : 'dark';
  setColorMode(next, doc);
  return next;
}

/** Called after every setColorMode (for a hook that shows the choice). */
export function subscribeColorMode(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}
