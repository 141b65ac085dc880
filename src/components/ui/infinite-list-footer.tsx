import type { InfiniteQueryObserverResult } from '@tanstack/react-query';
import { Button } from './button';
import { ErrorState } from './error-state';
import { LoadMoreSentinel } from './load-more-sentinel';

type PagedQuery = Pick<
  InfiniteQueryObserverResult,
  'hasNextPage' | 'isFetchingNextPage' | 'isFetchNextPageError' | 'fetchNextPage' | 'error'
>;

interface InfiniteListFooterProps {
  query: PagedQuery;
  /** What the list holds, plural and lower case ("themes"), for the button and the error. */
  noun: string;
}

/**
 * What follows an infinite list: the sentinel that asks for the next page before the end, a
 * "Load more" button that does the same by hand, and the error of a failed next page, which
 * keeps the pages already shown.
 */
export function InfiniteListFooter({ query, noun }: InfiniteListFooterProps) {
  const loadMore = () => {
    if (query.hasNextPage && !query.isFetchingNextPage && !query.isFetchNextPageError) void query.fetchNextPage();
  };
  // Nothing left to load and nothing failed: no empty elements that would leave a gap under the list.
  if (!query.hasNextPage && !query.isFetchNextPageError) return null;
  return (
    <>
      <LoadMoreSentinel
        onVisible={loadMore}
        disabled={!query.hasNextPage || query.isFetchingNextPage || query.isFetchNextPageError}
      />
      {query.isFetchNextPageError ? (
        <ErrorState
          title={`More ${noun} could not be loaded`}
          error={query.error}
          onRetry={() => void query.fetchNextPage()}
          retrying={query.isFetchingNextPage}
        />
      ) : null}
      <div className="flex justify-center" aria-live="polite">
        {query.hasNextPage && !query.isFetchNextPageError ? (
          <Button variant="outline" onClick={loadMore} disabled={query.isFetchingNextPage}>
            {query.isFetchingNextPage ? `Loading more ${noun}…` : `Load more ${noun}`}
          </Button>
        ) : null}
      </div>
    </>
  );
}
