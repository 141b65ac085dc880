import type { QueryClient } from '@tanstack/react-query';
import { setUnauthorizedHandler } from './unauthorized';

/**
 * What ends one user's view of the app. Loaded with apiFetch (client.ts imports it), so it is
 * in place before any request can answer 401; the query client reaches it through
 * unauthorized.ts and keeps it out of the entry chunk (bundle budget).
 * - `ended`: a 401 from the API (session expired, signed out elsewhere, key revoked): drafts stay.
 * - `signed-out`: the user signed out here.
 * - `switched`: a sign-in replaced whoever was signed in before.
 */
export type SessionResetReason = 'ended' | 'signed-out' | 'switched';

/**
 * Marks a query or mutation whose 401 means "this key was not accepted" rather than "the session
 * ended" (POST /session with a wrong key): the global 401 handler leaves those to their screen.
 */
export const SESSION_REQUEST_META = { sessionRequest: true } as const;


let controller = new AbortController();
const listeners = new Set<(reason: SessionResetReason) => void>();

/**
 * The signal every apiFetch joins besides its caller's: aborting it stops every request in
 * flight, mutations included (React Query gives mutations no signal of their own), so no answer
 * meant for the previous user can land after a switch.
 */
export function sessionSignal(): AbortSignal {
  return controller.signal;
}

/** Aborts every request in flight and starts a fresh signal for the requests that follow. */
export function abortSessionRequests(): void {
  const previous = controller;
  controller = new AbortController();
  previous.abort(new DOMException('The session changed.', 'AbortError'));
}

/**
 * Forgets everything the previous session could see, in this order: requests in flight are
 * aborted, every query is cancelled and removed and every mutation dropped (`clear`), then the
 * listeners (the session gate) are told, in the same task, so no component renders old data or
 * starts a request for it in between.
 */
export function resetSession(client: QueryClient, reason: SessionResetReason, options: { fromOtherTab?: boolean } = {}): void {
  abortSessionRequests();
  client.clear();
  for (const listener of [...listeners]) listener(reason);
  // A 401 is found by every tab on its own; a sign-in or sign-out here is news to the others.
  if (reason !== 'ended' && !options.fromOtherTab) tellOtherTabs(reason);
}

/*
 * The session cookie is shared by every tab of this site, so a sign-in as B in one tab turns
 * another tab's next request into B's while it still shows A's data. Tabs tell each other (only
 * the reason, never anything about the user) and the receiving tab resets as well, so it
 * shows none of the old key's data.
 */
const CHANNEL = 'brandkit-session';
// One channel per tab for sending and receiving: a BroadcastChannel does not deliver a message to
// the object that posted it, but would to a second one in the same tab.
let shared: BroadcastChannel | null = null;

function channel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  shared ??= new BroadcastChannel(CHANNEL);
  return shared;
}

function tellOtherTabs(reason: SessionResetReason): void {
  channel()?.postMessage(reason);
}

/** Calls `listener` when another tab signed in or out; returns the unsubscribe function. */
export function onOtherTabSessionChange(listener: (reason: SessionResetReason) => void): () => void {
  const tab = channel();
  if (!tab) return () => undefined;
  const onMessage = (event: MessageEvent) => {
    if (event.data === 'switched' || event.data === 'signed-out') listener(event.data);
  };
  tab.addEventListener('message', onMessage);
  return () => tab.removeEventListener('message', onMessage);
}

/** Subscribes to resets; returns the unsubscribe function (a useEffect cleanup). */
export function onSessionReset(listener: (reason: SessionResetReason) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

// A 401 outside the session's own requests: the session ended mid-use. Drafts stay.
setUnauthorizedHandler((client) => resetSession(client, 'ended'));
