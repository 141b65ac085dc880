/**
 * The handshake between the production server and the landing page's server render: the server
 * (server/web/landing.ts) loads the module `vite build --ssr src/entry-server.tsx` writes and
 * calls these three functions. Types only, so both sides share them without importing each other.
 */
export interface LandingInput {
  /** The page's absolute URL, as the browser asked for it. */
  url: string;
  /** The answer of GET /session, unparsed. */
  session: unknown;
  /** The answer of the first-page request, unparsed. */
  firstPage: unknown;
}

export interface RenderedLanding {
  /** Markup for the end of <head>. */
  head: string;
  /** The markup inside #root. */
  html: string;
  /** The state to hydrate from: a complete <script type="application/json"> element, after #root. */
  stateScript: string;
}

export interface LandingRenderer {
  /** Whether this URL is rendered on the server at all. */
  rendersOnServer(url: string): boolean;
  /** The same-origin paths to fetch for it, as the browser would. */
  landingRequests(url: string): { session: string; firstPage: string };
  /** The page, or null when it should be rendered in the browser instead. */
  renderLanding(input: LandingInput): Promise<RenderedLanding | null>;
}
