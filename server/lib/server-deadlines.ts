import type { Server } from 'node:http';

export interface Deadlines {
  /** From a new connection's, or a new request's, first byte to the end of its headers; then 408 and closed. */
  headersMs: number;
  /** From a request's first byte to the end of its body (the response is not counted); then 408 and closed. */
  requestMs: number;
  /** How long a kept-alive connection may sit idle between requests. */
  keepAliveMs: number;
  /** How often Node looks for connections past the two deadlines above (its default, 30 s, would let one overrun by that much). */
  checkEveryMs: number;
}

/**
 * Node's defaults let a client that sends its headers or body a byte at a time hold a socket for
 * 5 minutes. Honest requests here are small (JSON bodies are capped at 64 KB), so 10 s for the
 * headers and 30 s for the whole request are generous.
 *
 * Idle keep-alive is not covered by the header deadline: in Node 20 its clock starts at a request's
 * first byte (or at connect), not when the previous response ended, so the two need no particular
 * order (the old advice that the header deadline must outlast keep-alive predates that). Keep-alive
 * stays at 30 s rather than Node's 5 s: a client that reuses a connection just as the server closes
 * it gets a reset, and a busy client (a test runner on a loaded machine, a browser tab in the
 * background) is slow to notice the close. It must not drop below 10 s for that reason.
 */
export const DEADLINES: Deadlines = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 30_000, checkEveryMs: 1_000 };

type DeadlineServer = Pick<Server, 'headersTimeout' | 'requestTimeout' | 'keepAliveTimeout'> & {
  connectionsCheckingInterval?: number;
};

/**
 * Gives a Node HTTP server the deadlines. Call it before the server emits 'listening' (right after
 * createServer() or serve() returns: listening is always reported asynchronously), because Node
 * reads the checking interval then.
 */
export function applyDeadlines(server: DeadlineServer, deadlines: Deadlines = DEADLINES): void {
  if (deadlines.headersMs > deadlines.requestMs) throw new Error('The header deadline cannot be longer than the request deadline.');
  server.headersTimeout = deadlines.headersMs;
  server.requestTimeout = deadlines.requestMs;
  server.keepAliveTimeout = deadlines.keepAliveMs;
  server.connectionsCheckingInterval = deadlines.checkEveryMs;
}
