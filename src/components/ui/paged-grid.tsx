import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useScope } from '@/hooks/use-scope';
import { InfiniteListFooter } from './infinite-list-footer';
import { RefreshNotice } from './refresh-notice';
import { ScopeErrorState } from './scope-error-state';

const GRID = 'grid gap-4 sm:grid-cols-2 lg:grid-cols-3';

function Skeletons({ count, skeleton }: { count: number; skeleton: ReactNode }) {
  return Array.from({ length: count }, (_, index) => (
    <li key={`skeleton-${index}`} aria-hidden="true">
      {skeleton}
    </li>
  ));
}

interface PagedGridProps<T extends { id: string }> {
  query: UseInfiniteQueryResult<InfiniteData<{ data: T[] }, unknown>>;
  /** The section's name ("Brands"); the noun for messages is its lower case. */
  label: string;
  /** A placeholder of a card's final size. */
  skeleton: ReactNode;
  renderItem: (item: T) => ReactNode;
  /** Shown when the scope has none; what to do next. */
  empty: ReactNode;
  /** Items to leave out (deleted in this tab, waiting for their undo window). */
  hidden?: ReadonlySet<string>;
}

/**
 * A grid of cards over an infinite query, in each of its states: skeletons of the final size,
 * the error of a failed first page with Retry, an empty state, and the cards followed by the
 * next page's loading. A failed next page keeps the pages already shown.
 */
export function PagedGrid<T extends { id: string }>({
  query,
  label,
  skeleton,
  renderItem,
  empty,
  hidden,
}: PagedGridProps<T>) {
  const noun = label.toLowerCase();
  const { org } = useScope();
  if (query.isPending) {
    return (
      <section aria-busy="true" aria-label={label}>
        <p role="status" className="sr-only">
          Loading {noun}…
        </p>
        <ul className={GRID}>
          <Skeletons count={6} skeleton={skeleton} />
        </ul>
      </section>
    );
  }
  if (!query.data) {
    return (
      <ScopeErrorState
        org={org}
        error={query.error}
        title={`The ${noun} could not be loaded`}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  const items = query.data.pages.flatMap((page) => page.data).filter((item) => !hidden?.has(item.id));
  if (items.length === 0 && !query.hasNextPage) return empty;
  return (
    <section aria-label={label} className="flex flex-col gap-6">
      <RefreshNotice query={query} />
      <ul className={GRID}>
        {items.map((item) => (
          <li key={item.id}>{renderItem(item)}</li>
        ))}
        {query.isFetchingNextPage ? <Skeletons count={3} skeleton={skeleton} /> : null}
      </ul>
      <InfiniteListFooter query={query} noun={noun} />
    </section>
  );
}
