import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Env, Hono } from 'hono';
import type { RenderedLanding, RenderLanding } from '../../contract/server-render.ts';
import { htmlHeaders } from './static.ts';

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

/** index.html with the server's markup in #root, the hydration state after it and the head additions. */
export function withServerRender(indexHtml: string, rendered: RenderedLanding): string | null {
  const at = indexHtml.indexOf(MOUNT_POINT);
  const headEnd = indexHtml.indexOf('</head>');
  if (at < 0 || headEnd < 0 || headEnd > at) return null;
  const filled = `<div id="root">${rendered.html}</div>${rendered.stateScript}`;
  return (
    indexHtml.slice(0, headEnd) +
    rendered.head +
    indexHtml.slice(headEnd, at) +
    filled +
    indexHtml.slice(at + MOUNT_POINT.length)
  );
}

/**
 * Sends the pages the renderer renders, ahead of the static files; every other request, and any
 * page it declines or fails to render, goes on to them (the plain index.html): never worse than
 * rendering in the browser.
 */
export function mountLanding<E extends Env>(
  app: Hono<E>,
  options: { distDir: string; renderLanding: RenderLanding; log?: (line: string) => void },
): void {
  app.get('*', async (c, next) => {
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
    const page = withServerRender(readFileSync(join(options.distDir, 'index.html'), 'utf8'), rendered);
    if (page === null) return next();
    // This page holds the visitor's data: never stored, and only ever for this cookie.
    return c.body(page, 200, { ...htmlHeaders(), 'Cache-Control': 'no-store', Vary: 'Cookie' });
  });
}
