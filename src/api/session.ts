import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths, SessionState, SessionUser, sessionPaths, SignedIn } from '@contract';
import { setAssetOrigins } from '@/lib/asset-url';
import { adoptDrafts, clearDrafts } from '@/lib/draft-store';
import { apiFetch } from './client';
import { resetSession, SESSION_REQUEST_META } from './session-reset';

// The /session shapes live in the contract, shared with the server; the SPA has long imported
// them from here, so they stay reachable under the same names.
export { API_KEY_PATTERN, SessionMode, SessionState, SessionUser, sessionPaths, SignedIn } from '@contract';
export type { SignedInState } from '@contract';

/**
 * Holds the key between the form and the request. React Query keeps a mutation's variables in
 * its cache; this box is what it keeps, and it prints and serialises as a placeholder, so the key
 * itself is not cache data, not in devtools and not in any log that dumps the variables.
 */
export class ApiKeyInput {
  readonly #key: string;
  constructor(key: string) {
    this.#key = key;
  }
  reveal(): string {
    return this.#key;
  }
  toJSON(): string {
    return '[api key]';
  }
  toString(): string {
    return '[api key]';
  }
}

/** Who owns drafts: the user's id, else email; null when the API gave neither. */
export function draftOwner(user: SessionUser): string | null {
  return user.id ?? user.email ?? null;
}

export const sessionQueries = {
  all: () => ['session'] as const,
  current: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'current'] as const,
      queryFn: async ({ signal }) => {
        const state = await apiFetch(sessionPaths.session, { schema: SessionState, signal });
        // Asset thumbnails may load only from the origins the server's CSP names (asset-url.ts).
        setAssetOrigins(state.asset_origins);
        return state;
      },
      // Checked on load and on window focus after a minute; 401s in between end it at once.
      staleTime: 60_000,
      meta: SESSION_REQUEST_META,
    }),
};

/**
 * GET /v1/me: the signed-in user with a current quota. The session holds the user as it was at
 * sign-in; the account menu asks again each time it opens, because quota counters move. Its 401
 * is an ordinary API 401 (the session ended), so it carries no session meta.
 */
export const userQueries = {
  me: () =>
    queryOptions({
      queryKey: ['me'] as const,
      queryFn: ({ signal }) => apiFetch(apiPaths.me, { schema: SessionUser, signal }),
    }),
};

/**
 * What the three session mutations share.
 * - `hold`, before the request: queries in flight are cancelled and revert to what they showed
 *   (no error flash) so no answer lands while the cookie changes; the session's own query keeps
 *   running. Mutations in flight are aborted with everything else once the answer is in.
 * - `apply`, after a sign-in: the previous user's data goes first (requests aborted, cache
 *   cleared: resetSession), then the new session is written, so nothing of theirs can render
 *   under the new user. Drafts are kept only when the same user signed in again (after a 401).
 */
function useSessionChange() {
  const client = useQueryClient();
  const hold = () => client.cancelQueries({ predicate: (query) => query.queryKey[0] !== sessionQueries.all()[0] });
  const apply = (answer: SignedIn, onSignedIn?: (answer: SignedIn) => void) => {
    const previous = client.getQueryData(sessionQueries.current().queryKey);
    resetSession(client, 'switched');
    adoptDrafts(draftOwner(answer.user));
    // The screen's own reaction, in the same batch as the new session: a callback given to
    // mutate() could render a step later, or never (the reset above clears the mutation cache).
    onSignedIn?.(answer);
    const state: SessionState = {
      signed_in: true,
      user: answer.user,
      mode: answer.mode,
      demo_available: previous?.demo_available ?? false,
    };
    client.setQueryData(sessionQueries.current().queryKey, state);
  };
  return { client, hold, apply };
}

/** Called once a sign-in succeeded, in the same render as the new session. */
interface SignInOptions {
  onSignedIn?: (answer: SignedIn) => void;
}

/** POST /session with a key. A 401 means the key was not accepted (shown on the form). */
export function useSignIn({ onSignedIn }: SignInOptions = {}) {
  const { hold, apply } = useSessionChange();
  return useMutation({
    mutationFn: (key: ApiKeyInput) =>
      apiFetch(sessionPaths.session, { method: 'POST', body: { key: key.reveal() }, schema: SignedIn }),
    meta: SESSION_REQUEST_META,
    // Forgotten as soon as nothing shows it: the variables are only the box, but hold no longer than needed.
    gcTime: 0,
    onMutate: hold,
    onSuccess: (answer) => apply(answer, onSignedIn),
  });
}

/** POST /session/demo: the sandbox's demo account, offered only while `demo_available`. */
export function useSignInDemo({ onSignedIn }: SignInOptions = {}) {
  const { hold, apply } = useSessionChange();
  return useMutation({
    mutationFn: () => apiFetch(sessionPaths.demo, { method: 'POST', schema: SignedIn }),
    meta: SESSION_REQUEST_META,
    gcTime: 0,
    onMutate: hold,
    onSuccess: (answer) => apply(answer, onSignedIn),
  });
}

/**
 * DELETE /session, then the whole cache goes, requests in flight are aborted and drafts are
 * dropped; the session gate hears the reset and moves to the connect screen.
 */
export function useSignOut() {
  const { client, hold } = useSessionChange();
  return useMutation({
    mutationFn: () => apiFetch(sessionPaths.session, { method: 'DELETE' }),
    meta: SESSION_REQUEST_META,
    gcTime: 0,
    onMutate: hold,
    onSuccess: () => {
      clearDrafts();
      resetSession(client, 'signed-out');
    },
  });
}
