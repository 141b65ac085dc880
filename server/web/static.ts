import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Context, Env, Hono } from 'hono';
import { type LandingRenderer, withServerRender } from './landing.ts';

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

/** G3: no 'unsafe-inline' or 'unsafe-eval'; assets and API on this origin only. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "media-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const API_PREFIXES = ['/v1', '/files', '/health', '/session'];

/**
 * The landing page rendered on the server for a signed-in visitor, or null (signed out, an API
 * error, anything unexpected): the plain index.html then renders in the browser as before. The
 * two answers come from this same app, with the visitor's cookie, so they are exactly what the
 * browser's own first requests would get.
 */
async function serverRendered<E extends Env>(
  app: Hono<E>,
  c: Context<E>,
  renderer: LandingRenderer,
  indexHtml: string,
) {
  const url = c.req.url;
  if (!renderer.rendersOnServer(url)) return null;
  const origin = new URL(url).origin;
  const headers: Record<string, string> = { accept: 'application/json', 'sec-fetch-site': 'same-origin' };
  const cookie = c.req.header('cookie');
  if (cookie) headers.cookie = cookie;
  const { session: sessionPath, firstPage: firstPagePath } = renderer.landingRequests(url);
  const session = await app.fetch(new Request(origin + sessionPath, { headers }));
  if (!session.ok) return null;
  const sessionBody: unknown = await session.json();
  if ((sessionBody as { signed_in?: unknown } | null)?.signed_in !== true) return null;
  const firstPage = await app.fetch(new Request(origin + firstPagePath, { headers }));
  if (!firstPage.ok) return null;
  const rendered = await renderer.renderLanding({ url, session: sessionBody, firstPage: await firstPage.json() });
  return rendered ? withServerRender(indexHtml, rendered) : null;
}

/**
 * Serves the built SPA: hashed files cached forever, everything else falls back to index.html;
 * with a renderer, the landing page comes server-rendered for a signed-in visitor (B2).
 */
export function mountSpa<E extends Env>(
  app: Hono<E>,
  distDir: string,
  options: { renderer?: LandingRenderer; log?: (line: string) => void } = {},
): void {
  const indexPath = join(distDir, 'index.html');
  app.get('*', async (c, next) => {
    const path = decodeURIComponent(c.req.path);
    if (API_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`))) return next();
    const file = normalize(join(distDir, path));
    const inside = file.startsWith(distDir + sep);
    const headers: Record<string, string> = {
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
    };
    if (inside && existsSync(file) && statSync(file).isFile() && !file.endsWith('index.html')) {
      const immutable = path.startsWith('/static/');
      headers['Content-Type'] = TYPES[extname(file)] ?? 'application/octet-stream';
      headers['Cache-Control'] = immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=300';
      return c.body(readFileSync(file), 200, headers);
    }
    headers['Content-Type'] = TYPES['.html']!;
    headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
    const indexHtml = readFileSync(indexPath, 'utf8');
    if (options.renderer) {
      const page = await serverRendered(app, c, options.renderer, indexHtml).catch((error: unknown) => {
        // Never worse than before: a failed server render falls back to the client-rendered page.
        options.log?.(`server render of ${path} failed: ${error instanceof Error ? error.message : String(error)}`);
        return null;
      });
      if (page !== null) {
        // This page holds the visitor's data: never stored, and only ever for this cookie.
        headers['Cache-Control'] = 'no-store';
        headers['Vary'] = 'Cookie';
        return c.body(page, 200, headers);
      }
    }
    headers['Cache-Control'] = 'no-cache';
    return c.body(indexHtml, 200, headers);
  });
}
