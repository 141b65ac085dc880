import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Env, Hono } from 'hono';
import { ApiError } from '../lib/errors.ts';
import { withColorMode } from './color-mode-html.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

/**
 * No 'unsafe-inline' or 'unsafe-eval' (no injected script or style can run); the API on this origin
 * only; images and media from this origin plus the configured asset origins (ASSET_ORIGINS; in
 * proxy mode the API's own origin by default), which are exact origins, never wildcards.
 */
export function contentSecurityPolicy(assetOrigins: readonly string[] = []): string {
  const media = ["'self'", ...assetOrigins].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src ${media}`,
    `media-src ${media}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** index.html with the asset origins written in for the client (src/lib/asset-url.ts), when there are any. */
export function withAssetOrigins(html: string, assetOrigins: readonly string[]): string {
  if (assetOrigins.length === 0) return html;
  // Origins are validated URL origins (env.ts): no quote or angle bracket can reach the markup.
  return html.replace('</head>', `<meta name="brandkit-asset-origins" content="${assetOrigins.join(' ')}"></head>`);
}

/** The policy with no asset origins (sandbox mode: the files are on this origin). */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

const API_PREFIXES = ['/v1', '/files', '/health', '/session'];

const FILE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

/** Headers of every HTML page this server sends, rendered on the server or not. */
export function htmlHeaders(assetOrigins: readonly string[] = []): Record<string, string> {
  return { ...FILE_HEADERS, 'Content-Type': TYPES['.html']!, 'Content-Security-Policy': contentSecurityPolicy(assetOrigins) };
}

/**
 * A page path decoded for the file lookup, or null when a percent-escape is malformed (`/%ff`,
 * `/a%zz`): such a path names no file and no page, and the caller answers 400 rather than fail.
 */
export function decodePagePath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/**
 * Serves the built SPA: hashed files cached forever, everything else falls back to index.html,
 * which renders in the browser (the landing page's server render is mounted ahead, landing.ts).
 */
export function mountSpa<E extends Env>(app: Hono<E>, distDir: string, assetOrigins: readonly string[] = []): void {
  const indexPath = join(distDir, 'index.html');
  app.get('*', async (c, next) => {
    const path = decodePagePath(c.req.path);
    if (path === null) throw new ApiError(400, 'The request path holds a malformed percent-escape.');
    if (API_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`))) return next();
    const file = normalize(join(distDir, path));
    const inside = file.startsWith(distDir + sep);
    if (inside && existsSync(file) && statSync(file).isFile() && !file.endsWith('index.html')) {
      const immutable = path.startsWith('/static/');
      return c.body(readFileSync(file), 200, {
        ...FILE_HEADERS,
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
      });
    }
    const html = withColorMode(withAssetOrigins(readFileSync(indexPath, 'utf8'), assetOrigins), c.req.header('cookie'));
    // The colour mode comes from the cookie, so the page differs by it.
    return c.body(html, 200, { ...htmlHeaders(assetOrigins), 'Cache-Control': 'no-cache', Vary: 'Cookie' });
  });
}
