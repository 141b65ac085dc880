import { dehydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { BrandList } from '@contract';
import type { LandingInput, LandingRenderer, RenderedLanding } from '@contract/server-render';
import { BRAND_PAGE_SIZE, brandQueries } from '@/api/brands';
import { firstBrandPageUrl } from '@/api/brands-early';
import { SessionState, sessionPaths, sessionQueries } from '@/api/session';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/app/query-client';
import { routes } from '@/app/router';
import { SERVER_RENDER_STATE_ID, serverRenderStateScript, type ServerRenderState } from '@/app/server-render-state';
import { paths } from '@/config/paths';
import { renderAtOrigin } from '@/lib/page-origin';

/**
 * The server render of the landing page (B2): the production server (server/web/landing.ts)
 * builds this file with `vite build --ssr` and calls it for GET /brands. It asks the server for
 * the same two answers the browser would fetch first, renders the page with them, and returns
 * the markup and the state the browser hydrates from (src/app/hydrate.tsx). Anything unexpected
 * returns null, and the server then sends the plain client-rendered page.
 */
const handler = createStaticHandler(routes);

/**
 * No first paint before the whole page is parsed (up to the state script after #root). At 4x CPU
 * Chromium painted half-parsed markup: the header's later items moved the earlier ones, and the
 * "Create brand" link grew leftwards as its text arrived (B2: no layout shift). It costs the
 * first paint a few tens of ms at 4x. Browsers without rel=expect ignore it.
 */
const RENDER_BLOCKING_UNTIL_PARSED = `<link rel="expect" href="#${SERVER_RENDER_STATE_ID}" blocking="render">`;

function scopeOf(url: URL): string | undefined {
  return url.searchParams.get('org') || undefined;
}

/** Only the landing route is rendered on the server. */
export const rendersOnServer: LandingRenderer['rendersOnServer'] = (url) => {
  return new URL(url).pathname === paths.brands.href();
};

/** Same-origin paths the server fetches for this page, as the browser would. */
export const landingRequests: LandingRenderer['landingRequests'] = (url) => ({
  session: sessionPaths.session,
  firstPage: firstBrandPageUrl(scopeOf(new URL(url)), BRAND_PAGE_SIZE),
});

export async function renderLanding(input: LandingInput): Promise<RenderedLanding | null> {
  const session = SessionState.safeParse(input.session);
  const firstPage = BrandList.safeParse(input.firstPage);
  if (!session.success || !session.data.signed_in || !firstPage.success) return null;

  const url = new URL(input.url);
  const context = await handler.query(new Request(url));
  if (context instanceof Response || context.errors) return null;

  const client = createQueryClient();
  try {
    client.setQueryData(sessionQueries.current().queryKey, session.data);
    client.setQueryData(brandQueries.infinite({ org: scopeOf(url) }).queryKey, {
      pages: [firstPage.data],
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
