import { queryOptions } from '@tanstack/react-query';
import { apiPaths, Health } from '@contract';
import { isApiError } from './api-error';
import { apiFetch } from './client';
import { reportUnreachable } from './reachability';

/** Often enough that an idle page notices a stopped server within seconds, not half a minute. */
const HEALTH_POLL_MS = 10_000;
/** A health probe that takes longer than this is as good as down for the indicator. */
const HEALTH_TIMEOUT_MS = 5_000;

async function fetchHealth(signal: AbortSignal): Promise<Health> {
  try {
    return await apiFetch(apiPaths.health, { schema: Health, signal, timeoutMs: HEALTH_TIMEOUT_MS });
  } catch (error) {
    // No answer in time: as unreachable as a refused connection (which apiFetch reports itself).
    if (isApiError(error) && error.status === 0) reportUnreachable();
    throw error;
  }
}

export const healthQueries = {
  all: () => ['health'] as const,
  status: () =>
    queryOptions({
      queryKey: healthQueries.all(),
      queryFn: ({ signal }) => fetchHealth(signal),
      refetchInterval: HEALTH_POLL_MS,
      // The poll is the retry, and once a request fails the reachability probe takes over
      // (api/reachability.ts): backing off here would keep "connected" on screen for seconds.
      retry: false,
    }),
};
