import type { DehydratedState } from '@tanstack/react-query';
import type { HydrationState } from 'react-router';

/**
 * What a server-rendered landing page hands the browser, as JSON in
 * <script type="application/json" id="server-render-state">: the query cache the server rendered
 * with and the router's loader results, so hydration starts from exactly the same state.
 */
export interface ServerRenderState {
  queries: DehydratedState;
  router: HydrationState;
}

export const SERVER_RENDER_STATE_ID = 'server-render-state';

/**
 * The state as a JSON script element that is safe to inline: no `<` can close it (a brand named
 * "</script><script>…" is untrusted and stays data), and U+2028/U+2029 are escaped for old parsers. A JSON
 * script is never executed, so the CSP's script-src 'self' has nothing to refuse.
 */
export function serverRenderStateScript(state: ServerRenderState): string {
  const json = JSON.stringify(state).replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `<script type="application/json" id="${SERVER_RENDER_STATE_ID}">${json}</script>`;
}
