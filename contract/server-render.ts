/**
 * The handshake between the production server and the landing page's server render: the server
 * (server/web/landing.ts) loads the module that `vite build --ssr src/entry-server.tsx` writes and
 * calls its one function. Types only, so both sides share them without importing each other.
 */
export interface RenderedLanding {
  /** Markup for the end of <head>. */
  head: string;
  /** The markup inside #root. */
  html: string;
  /** The state to hydrate from: a complete <script type="application/json"> element, after #root. */
  stateScript: string;
}

/**
 * A GET of a same-origin path (`/session`, `/v1/brands?…`) as the visitor's browser would send
 * it, with the visitor's cookie: the server answers it from its own routes.
 */
export type FetchSameOrigin = (path: string) => Promise<Response>;

/**
 * The page at `url` rendered on the server, or null when the browser should render it instead
 * (not the landing route, signed out, an answer that failed or did not parse).
 */
export type RenderLanding = (url: string, fetchSameOrigin: FetchSameOrigin) => Promise<RenderedLanding | null>;
