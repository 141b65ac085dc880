import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Env, Hono } from 'hono';
import type { RenderedLanding, RenderLanding } from '../../contract/server-render.ts';
import { withColorMode } from './color-mode-html.ts';
import { decodePagePath, htmlHeaders, withAssetOrigins } from './static.ts';

export type { RenderedLanding, RenderLanding } from '../../contract/server-render.ts';

/**
 * The server side of the landing page's server render, whole: loading the renderer, asking it
 * for a page, and sending that page. The renderer (src/entry-server.tsx) decides which URLs it
 * renders and what it needs; this file only lets it ask this same app for same-origin answers
 * with the visitor's cookie, so they are exactly what the browser's own first requests would get.
 */

/**
 * Loads the built renderer from dist-ssr/. The build output is loaded, not src/: the server
 * never imports the SPA's sources, exactly as it serves dist/ rather than src/. Missing (an old
 * build, a dev setup): undefined, and every page is rendered in the browser.
 */
export async function loadLandingRenderer(dir: string): Promise<RenderLanding | undefined> {
  const file = join(dir, 'entry-server.js');
  if (!existsSync(file)) return undefined;
  const mod = (await import(pathToFileURL(file).href)) as { renderLanding?: unknown };
  return typeof mod.renderLanding === 'function' ? (mod.renderLanding as RenderLanding) : undefined;
}

/** Where the built page is filled in: the empty mount point index.html ships with. */
const MOUNT_POINT = '<div id="root"></div>';
const ENTRY_SCRIPT = /<script type="module"[^>]*><\/script>\s*/;
const MODULE_PRELOADS = /<link rel="modulepreload"[^>]*>\s*/g;

/**
 * index.html with the server's markup in #root, the hydration state after it and the head
 * additions. The entry script moves to the end of <body> and the module preloads go: this page
 * is useful before any script runs, and measured against the same HTML with no script at all,
 * a module script and preloads in <head> held its first paint back by about a quarter at 4x CPU,
 * while at the end of <body> they cost nothing. Hydration then fetches its chunks after the paint.
 */
export function withServerRender(indexHtml: string, rendered: RenderedLanding): string | null {
  const entry = ENTRY_SCRIPT.exec(indexHtml)?.[0].trim() ?? '';
  const html = indexHtml.replace(ENTRY_SCRIPT, '').replace(MODULE_PRELOADS, '');
  const at = html.indexOf(MOUNT_POINT);
  const headEnd = html.indexOf('</head>');
  const bodyEnd = html.lastIndexOf('</body>');
  if (at < 0 || headEnd < 0 || headEnd > at || bodyEnd < at) return null;
  return (
    html.slice(0, headEnd) +
    rendered.head +
    html.slice(headEnd, at) +
    `<div id="root">${rendered.html}</div>${rendered.stateScript}` +
    html.slice(at + MOUNT_POINT.length, bodyEnd) +
    entry +
    html.slice(bodyEnd)
  );
}

/**
 * Sends the pages the renderer renders, ahead of the static files; every other request, and any
 * page it declines or fails to render, goes on to them (the plain index.html): never worse than
 * rendering in the browser.
 */
export function mountLanding<E extends Env>(
  app: Hono<E>,
  options: { distDir: string; renderLanding: RenderLanding; assetOrigins?: readonly string[]; log?: (line: string) => void },
): void {
  app.get('*', async (c, next) => {
    // A malformed path is no page to render: the static files answer it with a 400.
    if (decodePagePath(c.req.path) === null) return next();
    const origin = new URL(c.req.url).origin;
    const headers: Record<string, string> = { accept: 'application/json', 'sec-fetch-site': 'same-origin' };
    const cookie = c.req.header('cookie');
    if (cookie) headers.cookie = cookie;
    const fetchSameOrigin = async (path: string) => app.fetch(new Request(origin + path, { headers }));
    const rendered = await options.renderLanding(c.req.url, fetchSameOrigin).catch((error: unknown) => {
      options.log?.(`server render of ${c.req.path} failed: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    });
    if (rendered === null) return next();
    const indexHtml = withColorMode(withAssetOrigins(readFileSync(join(options.distDir, 'index.html'), 'utf8'), options.assetOrigins ?? []), cookie);
    const page = withServerRender(indexHtml, rendered);
    if (page === null) return next();
    // This page holds the visitor's data: never stored, and only ever for this cookie.
    return c.body(page, 200, { ...htmlHeaders(options.assetOrigins), 'Cache-Control': 'no-store', Vary: 'Cookie' });
  });
}
