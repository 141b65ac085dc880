import type { ComponentProps, ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { errorMessage } from '@/components/ui/error-state';
import { ScopeErrorState } from '@/components/ui/scope-error-state';
import { RefreshNotice } from '@/components/ui/refresh-notice';
import { GridSkeleton } from './grid-skeleton';
import type { AssetListState } from './use-asset-list';
import { VirtualGrid } from './virtual-grid';

interface AssetGridProps extends Omit<ComponentProps<typeof VirtualGrid>, 'list'> {
  list: AssetListState;
  /** A search's matches, drawn instead of the list once the list has loaded. */
  searchResults?: { source: ComponentProps<typeof VirtualGrid>['list']; empty: ReactNode };
  filtered: boolean;
  /** The `?org=` asked for: an unknown one offers the personal scope instead of Retry. */
  org: string | undefined;
  onAdd: () => void;
  onClearFilters: () => void;
}

/** The grid in its four states: loading (card-sized skeletons), error with retry, empty with a next step, the assets. */
export function AssetGrid({ list, searchResults, filtered, org, onAdd, onClearFilters, ...grid }: AssetGridProps) {
  const { query, items } = list;
  if (query.isPending) return <GridSkeleton layout={grid.layout} />;
  if (query.isError && !query.data) {
    return (
      <ScopeErrorState
        org={org}
        title="The assets could not load"
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  if (searchResults) {
    return searchResults.source.items.length === 0 ? (
      searchResults.empty
    ) : (
      <VirtualGrid {...grid} list={searchResults.source} />
    );
  }
  if (items.length === 0 && !query.hasNextPage && !query.hasPreviousPage) {
    return filtered ? (
      <EmptyState
        title="No assets match these filters"
        description="Try another type or brand, or clear the filters to see every asset in this scope."
        action={
          <div className="flex flex-wrap justify-center gap-3">
            <Button variant="outline" onClick={onClearFilters}>
              Clear filters
            </Button>
            <Button onClick={onAdd}>Add asset</Button>
          </div>
        }
      />
    ) : (
      <EmptyState
        title="No assets yet"
        description="Add an image or video from an HTTPS address, and it will appear here."
        action={<Button onClick={onAdd}>Add asset</Button>}
      />
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <RefreshNotice query={query} />
      <VirtualGrid {...grid} list={list} />
      {query.isFetchNextPageError || query.isFetchPreviousPageError ? (
        <div
          role="alert"
          className="flex flex-wrap items-center gap-3 rounded-lg border border-destructive/40 p-4 text-sm"
        >
          <span>More assets could not load: {errorMessage(query.error)}</span>
          <Button
            variant="outline"
            size="sm"
            onClick={() => void (query.isFetchNextPageError ? query.fetchNextPage() : query.fetchPreviousPage())}
          >
            Retry
          </Button>
        </div>
      ) : null}
    </div>
  );
}
