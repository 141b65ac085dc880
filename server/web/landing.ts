import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LandingRenderer, RenderedLanding } from '../../contract/server-render.ts';

export type { LandingRenderer, RenderedLanding } from '../../contract/server-render.ts';

/**
 * Loads the server render of the landing page, built beside the SPA. The built file is loaded,
 * not src/: the server never imports the SPA's sources, only its build output, exactly like it
 * serves dist/. Missing (an old build, a dev setup): undefined, and every page is client-rendered.
 */
export async function loadLandingRenderer(dir: string): Promise<LandingRenderer | undefined> {
  const file = join(dir, 'entry-server.js');
  if (!existsSync(file)) return undefined;
  const mod = (await import(pathToFileURL(file).href)) as Partial<LandingRenderer>;
  const { rendersOnServer, landingRequests, renderLanding } = mod;
  if (!rendersOnServer || !landingRequests || !renderLanding) return undefined;
  return { rendersOnServer, landingRequests, renderLanding };
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
