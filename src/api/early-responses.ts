/**
 * Answers to GET requests that src/boot/ started before the app's code had loaded (B2: the
 * landing page's /session and first brand page no longer wait for the code to evaluate). The
 * boot script and the app are separate entry points, so they meet on one global Map.
 *
 * apiFetch takes an answer once, for the exact same path, while it is young; anything else is
 * fetched as usual. A sign-out or key switch drops whatever is left (dropEarlyResponses).
 */
export interface EarlyResponse {
  promise: Promise<Response>;
  at: number;
}

const REGISTRY = Symbol.for('brandkit-studio.early-responses');
export const EARLY_MAX_AGE_MS = 10_000;

type WithRegistry = typeof globalThis & { [REGISTRY]?: Map<string, EarlyResponse> };

export function earlyResponses(): Map<string, EarlyResponse> {
  const g = globalThis as WithRegistry;
  return (g[REGISTRY] ??= new Map());
}

/** The early answer for `path`, once, if it is still fresh; null means "fetch it yourself". */
export function takeEarlyResponse(path: string, now = Date.now()): Promise<Response> | null {
  const registry = earlyResponses();
  const entry = registry.get(path);
  if (!entry) return null;
  registry.delete(path);
  return now - entry.at <= EARLY_MAX_AGE_MS ? entry.promise : null;
}

export function dropEarlyResponses(): void {
  earlyResponses().clear();
}
