import { Button } from './button';

interface RefreshingQuery {
  data: unknown;
  isRefetchError: boolean;
  failureCount: number;
  isFetching: boolean;
  isPaused: boolean;
  isFetchingNextPage?: boolean;
  refetch: () => unknown;
}

/**
 * Shown over data that stays on screen while refreshing it fails: an error card in its place
 * would take away what the user was reading. While retries run (or wait, offline) it only says
 * so; once they gave up it offers Retry. A failed next page has its own message, not this one.
 */
export function RefreshNotice({ query }: { query: RefreshingQuery }) {
  const retrying = query.failureCount > 0 && (query.isFetching || query.isPaused) && !query.isFetchingNextPage;
  if (query.data === undefined || !(query.isRefetchError || retrying)) return null;
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-3 rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm"
    >
      Could not refresh. Showing what was loaded earlier.
      {query.isRefetchError ? (
        <Button variant="outline" size="sm" onClick={() => void query.refetch()}>
          Retry
        </Button>
      ) : null}
    </div>
  );
}
