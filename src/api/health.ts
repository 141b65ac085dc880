import { queryOptions } from '@tanstack/react-query';
import { apiPaths, Health } from '@contract';
import { apiFetch } from './client';

const HEALTH_POLL_MS = 30_000;
/** A health probe that takes longer than this is as good as down for the indicator. */
const HEALTH_TIMEOUT_MS = 5_000;

export const healthQueries = {
  all: () => ['health'] as const,
  status: () =>
    queryOptions({
      queryKey: healthQueries.all(),
      queryFn: ({ signal }) => apiFetch(apiPaths.health, { schema: Health, signal, timeoutMs: HEALTH_TIMEOUT_MS }),
      refetchInterval: HEALTH_POLL_MS,
      // The 30 s poll is the retry: backing off here would keep "connected" on screen for
      // several seconds after the server went away.
      retry: false,
    }),
};
