import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';
// From the policy module, not the client: the client pulls in zod and the contract, too big for the entry.
import { retryDelay, shouldRetry } from '@/api/retry-policy';
// Only the seam: the reset itself loads with apiFetch (api/session-reset.ts), outside the entry.
import { reportUnauthorized } from '@/api/unauthorized';

/**
 * The app's query client with the query retry policy. Mutations do not retry by default:
 * whether a write may be safely repeated depends on the operation, so each mutation hook decides.
 *
 * A 401 from any query or mutation means the session ended (expired, signed out elsewhere, key
 * revoked): handled here once for the whole app rather than in every screen. The cache is
 * cleared and requests in flight aborted (drafts are kept), and the session gate sends the user
 * to the connect screen with the reason and the way back. Session requests opt out: their 401 is
 * "this key was not accepted", which the connect form shows itself.
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown, meta: Record<string, unknown> | undefined) => {
    // SESSION_REQUEST_META (api/session-reset.ts) marks the requests whose 401 means "key refused".
    if (isApiError(error) && error.status === 401 && meta?.sessionRequest !== true) reportUnauthorized(client);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onError(error, query.meta) }),
    mutationCache: new MutationCache({ onError: (error, _variables, _context, mutation) => onError(error, mutation.meta) }),
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        // Lists and details change mostly through this tab's own mutations, which invalidate.
        staleTime: 30_000,
        // Back from an outage (api/reachability.ts): what is on screen may be old, however fresh it was.
        refetchOnReconnect: 'always',
      },
      mutations: { retry: false },
    },
  });
  return client;
}
