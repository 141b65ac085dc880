import { dehydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import type { ZodType } from 'zod';
import { BrandList } from '@contract';
import type { FetchSameOrigin, RenderedLanding, RenderLanding } from '@contract/server-render';
import { brandPageUrl, brandQueries } from '@/api/brands';
import { SessionState, sessionPaths, sessionQueries } from '@/api/session';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/app/query-client';
import { routes } from '@/app/router';
import { SERVER_RENDER_STATE_ID, serverRenderStateScript, type ServerRenderState } from '@/app/server-render-state';
import { paths } from '@/config/paths';
import { setAssetOrigins } from '@/lib/asset-url';
import { renderAtOrigin } from '@/lib/page-origin';

/**
 * The server render of the landing page, so its first cards paint with the HTML instead of after
 * the app's code and two round trips: the production server (server/web/landing.ts) builds this
 * file with `vite build --ssr` and calls `renderLanding` for every page it sends. It asks the
 * server for the same two answers the browser would fetch first, renders the page with them, and
 * returns the markup and the state the browser hydrates from (src/app/hydrate.tsx). Anything
 * unexpected returns null, and the server then sends the plain client-rendered page.
 */
const handler = createStaticHandler(routes);

/**
 * No first paint before the whole page is parsed (up to the state script after #root). At 4x CPU
 * Chromium painted half-parsed markup: the header's later items moved the earlier ones, and the
 * "Create brand" link grew leftwards as its text arrived (a layout shift). It costs the
 * first paint a few tens of ms at 4x. Browsers without rel=expect ignore it.
 */
const RENDER_BLOCKING_UNTIL_PARSED = `<link rel="expect" href="#${SERVER_RENDER_STATE_ID}" blocking="render">`;

function scopeOf(url: URL): string | undefined {
  return url.searchParams.get('org') || undefined;
}

/** Only the landing route is rendered on the server. */
export function rendersOnServer(url: URL): boolean {
  return url.pathname === paths.brands.href();
}

/** The parsed answer of a same-origin GET, or null when it failed or does not match the contract. */
async function answer<T>(fetchSameOrigin: FetchSameOrigin, path: string, schema: ZodType<T>): Promise<T | null> {
  const response = await fetchSameOrigin(path);
  if (!response.ok) return null;
  const parsed = schema.safeParse(await response.json());
  return parsed.success ? parsed.data : null;
}

/**
 * The landing page for a signed-in visitor, from the same two answers the browser would ask for
 * first (GET /session, then the scope's first page of brands), or null.
 */
export const renderLanding: RenderLanding = async (href, fetchSameOrigin) => {
  const url = new URL(href);
  if (!rendersOnServer(url)) return null;
  const session = await answer(fetchSameOrigin, sessionPaths.session, SessionState);
  if (!session?.signed_in) return null;
  const firstPage = await answer(fetchSameOrigin, brandPageUrl(scopeOf(url)), BrandList);
  if (!firstPage) return null;
  return render(url, session, firstPage);
};

async function render(url: URL, session: SessionState, firstPage: BrandList): Promise<RenderedLanding | null> {
  const context = await handler.query(new Request(url));
  if (context instanceof Response || context.errors) return null;

  const client = createQueryClient();
  try {
    client.setQueryData(sessionQueries.current().queryKey, session);
    // The browser reads the same list from the page's meta tag: thumbnails match on hydration.
    setAssetOrigins(session.asset_origins);
    client.setQueryData(brandQueries.infinite({ org: scopeOf(url) }).queryKey, {
      pages: [firstPage],
      pageParams: [undefined],
    });
    const router = createStaticRouter(handler.dataRoutes, context);
    const html = renderAtOrigin(url.origin, () =>
      renderToString(
        <StrictMode>
          <AppProvider client={client}>
            <StaticRouterProvider router={router} context={context} hydrate={false} />
          </AppProvider>
        </StrictMode>,
      ),
    );
    const state: ServerRenderState = {
      queries: dehydrate(client),
      router: { loaderData: context.loaderData, actionData: context.actionData, errors: context.errors },
    };
    return { head: RENDER_BLOCKING_UNTIL_PARSED, html, stateScript: serverRenderStateScript(state) };
  } finally {
    client.clear();
  }
}
