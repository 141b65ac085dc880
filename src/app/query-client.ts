import { QueryClient } from '@tanstack/react-query';
// From the policy module, not the client: the client pulls in zod and the contract (B1).
import { retryDelay, shouldRetry } from '@/api/retry-policy';

/**
 * The app's query client with the G6 policy. Mutations do not retry by default: whether a
 * write may be repeated depends on the operation (G5), so each mutation hook decides.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        // Lists and details change mostly through this tab's own mutations, which invalidate.
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  });
}
