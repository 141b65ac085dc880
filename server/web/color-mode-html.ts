import { colorModeFromCookieHeader, colorSchemeFor } from '../../contract/color-mode.ts';

/**
 * A page's HTML in the visitor's colour mode, from their cookie: the `dark` or `light` class on
 * <html> and the matching color-scheme meta. The CSP forbids the inline script that usually does
 * this, and a script after the first paint would flash the wrong mode; "System" needs no class
 * (CSS `prefers-color-scheme` carries it). Works on index.html as Vite builds it (`<html lang="en">`).
 */
export function withColorMode(html: string, cookieHeader: string | null | undefined): string {
  const mode = colorModeFromCookieHeader(cookieHeader);
  const withMeta = html.replace(/<meta name="color-scheme" content="[^"]*"\s*\/?>/, `<meta name="color-scheme" content="${colorSchemeFor(mode)}" />`);
  if (mode === 'system') return withMeta;
  return withMeta.replace(/<html(\s[^>]*)?>/, (_tag, attrs: string | undefined) => `<html${attrs ?? ''} class="${mode}">`);
}
