import { useMemo, useRef, type ReactNode } from 'react';
import { useAssetCache } from '@/api/assets';
import { Button } from '@/components/ui/button';
import type { BulkStatus } from '@/lib/bulk-queue';
import { AddAssetDialog } from './forms/add-asset-dialog';
import { AssetFilters } from './asset-filters';
import { AssetGrid } from './grid/asset-grid';
import { BulkProgress } from './bulk/bulk-progress';
import type { BulkAction } from './bulk/bulk-actions';
import { plural } from './format';
import { gridLayout } from './grid/grid-layout';
import { hasFilters } from './library-params';
import { SelectionToolbar } from './bulk/selection-toolbar';
import { useAssetList } from './grid/use-asset-list';
import { useBulkRun } from './bulk/use-bulk-run';
import { useElementWidth } from './grid/use-element-width';
import { useKnownTags } from './forms/use-known-tags';
import { useLibraryParams } from './use-library-params';
import { useLibraryShortcuts } from './use-library-shortcuts';
import { useMatchingWalk } from './bulk/use-matching-walk';
import { useScopeBrands } from './use-scope-brands';
import { useSelection } from './bulk/use-selection';

/**
 * The asset library: filters, the virtualised grid, selection with bulk actions, and the
 * add dialog. `panel` is the routed detail panel (/assets/:id), drawn over the grid.
 */
export function AssetLibrary({ panel }: { panel?: ReactNode }) {
  const params = useLibraryParams();
  const { filters, selection, search } = params;
  const list = useAssetList(filters);
  const brands = useScopeBrands(filters.org);
  const knownTags = useKnownTags(filters.org);
  const cache = useAssetCache();
  const { walk, retry: retryWalk } = useMatchingWalk(filters, selection.kind === 'all');
  const matching = walk?.status === 'done' ? walk.assets : undefined;
  const sel = useSelection({ items: list.items, offset: list.offset, selection, setSelection: params.setSelection, matching });
  const bulk = useBulkRun();
  useLibraryShortcuts({ onSelectAll: sel.selectLoaded, onClear: sel.clear });

  const gridRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(gridRef);
  // Memoised: the grid's rows skip rendering while their props stay identical.
  const layout = useMemo(() => gridLayout(width), [width]);

  const statuses = useMemo(
    () => new Map<string, BulkStatus>(bulk.run ? bulk.snapshot.items.map((i) => [i.key, i.status] as const) : []),
    [bulk.run, bulk.snapshot],
  );
  const selectedIds = selection.kind === 'ids' ? selection.ids : (matching?.map((a) => a.id) ?? []);
  const summary =
    selection.kind === 'ids'
      ? `${plural(selection.ids.length, 'asset')} selected`
      : walk?.status === 'done'
        ? `All ${plural(walk.count, 'matching asset')} selected`
        : walk?.status === 'error'
          ? `Selecting stopped after ${plural(walk.count, 'asset')}`
          : `Selecting all matching… ${walk?.count ?? 0} found`;
  const onAction = (action: BulkAction) => {
    bulk.start(action, selectedIds);
    if (action.kind === 'delete') sel.clear();
  };
  const nameOf = (id: string) => cache.find(id)?.name ?? matching?.find((a) => a.id === id)?.name ?? id;
  const bulkNews = bulk.run
    ? bulk.run.phase === 'settled' || bulk.run.phase === 'undone'
      ? `${bulk.run.title}: ${bulk.snapshot.done} done${bulk.snapshot.failed ? `, ${bulk.snapshot.failed} failed` : ''}.`
      : `${bulk.run.title}: ${bulk.run.phase === 'waiting' ? 'you can undo for a few seconds' : 'working'}.`
    : '';

  return (
    <div className="flex flex-col gap-6 pb-48">
      <title>Assets · Brandkit Studio</title>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Assets</h1>
        <Button onClick={() => params.setAdding(true)}>Add asset</Button>
      </div>
      <AssetFilters filters={filters} brands={brands} onChange={params.setFilters} onClear={params.clearFilters} />
      <p className="h-5 text-sm text-muted-foreground">
        {list.query.isPlaceholderData
          ? 'Updating results…'
          : list.query.data
            ? `${plural(list.offset + list.items.length, 'asset')}${list.query.hasNextPage ? ' loaded so far' : ' in all'}`
            : ''}
      </p>
      <div ref={gridRef}>
        <AssetGrid
          list={list}
          layout={layout}
          brandNames={brands.names}
          isSelected={sel.isSelected}
          statuses={statuses}
          onPick={sel.onPick}
          search={search ? `?${search}` : ''}
          filtered={hasFilters(filters)}
          onAdd={() => params.setAdding(true)}
          onClearFilters={params.clearFilters}
        />
      </div>
      {/* One polite region for everything selection and bulk work has to say. */}
      <p role="status" className="sr-only">
        {sel.active ? summary : ''} {bulkNews}
      </p>
      <div className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex flex-col items-center gap-2 px-4">
        {bulk.run ? (
          <div className="pointer-events-auto w-full max-w-2xl shadow-lg">
            <BulkProgress
              run={bulk.run}
              snapshot={bulk.snapshot}
              nameOf={nameOf}
              onRetryFailed={bulk.retryFailed}
              onUndo={bulk.undo}
              onDismiss={bulk.dismiss}
            />
          </div>
        ) : null}
        {sel.active ? (
          <SelectionToolbar
            summary={summary}
            count={selectedIds.length}
            ready={selection.kind === 'ids' || walk?.status === 'done'}
            busy={bulk.busy || bulk.run?.phase === 'waiting'}
            allMatching={selection.kind === 'all'}
            brands={brands}
            knownTags={knownTags}
            onSelectMatching={sel.selectMatching}
            onClear={sel.clear}
            onAction={onAction}
          />
        ) : null}
        {walk?.status === 'error' ? (
          <Button className="pointer-events-auto" variant="outline" onClick={retryWalk}>
            Retry selecting all
          </Button>
        ) : null}
      </div>
      <AddAssetDialog open={params.adding} onOpenChange={params.setAdding} org={filters.org} brands={brands} knownTags={knownTags} />
      {panel}
    </div>
  );
}
