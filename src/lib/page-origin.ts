/**
 * The origin the page is served from. In the browser that is the location's; while the server
 * renders the landing page (src/entry-server.tsx) it is the origin of the request being answered,
 * so server and browser produce the same markup (asset URLs become same-origin paths alike).
 * The server render is synchronous, so one module-level value cannot leak between requests.
 */
let rendering: string | null = null;

export function pageOrigin(): string {
  if (rendering !== null) return rendering;
  return window.location.origin;
}

/** Runs a synchronous server render as if the page were served from `origin`. */
export function renderAtOrigin<T>(origin: string, render: () => T): T {
  rendering = origin;
  try {
    return render();
  } finally {
    rendering = null;
  }
}
