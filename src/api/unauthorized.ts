import type { QueryClient } from '@tanstack/react-query';

/**
 * The seam between the query client (entry chunk) and the session code (lazy, see
 * session-reset.ts). A 401 can only come from apiFetch, and apiFetch's module loads
 * session-reset.ts, which installs the handler, so by the time any 401 arrives the handler is
 * there and runs synchronously. Keeping only this seam in the entry keeps it within budget.
 */
let handler: ((client: QueryClient) => void) | null = null;

export function setUnauthorizedHandler(next: (client: QueryClient) => void): void {
  handler = next;
}

/** Called by the query client for a 401 from any query or mutation that is not a session request. */
export function reportUnauthorized(client: QueryClient): void {
  handler?.(client);
}
