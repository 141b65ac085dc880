import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useAssetCache } from '@/api/assets';
import { Button } from '@/components/ui/button';
import type { BulkStatus } from '@/lib/bulk-queue';
import { AddAssetDialog } from './forms/add-asset-dialog';
import { AssetFilters } from './asset-filters';
import { BrandRail } from './rail/brand-rail';
import { ScopeBrandsContext } from './grid/scope-brands-context';
import { LibraryDnd } from './dnd/library-dnd';
import { AssetGrid } from './grid/asset-grid';
import { BulkProgress } from './bulk/bulk-progress';
import type { BulkAction } from './bulk/bulk-actions';
import { plural } from './format';
import { gridLayout } from './grid/grid-layout';
import { hasFilters } from './library-params';
import { matchesSearch } from './search/asset-search';
import { movedOut } from './bulk/moved-out';
import { deselectedNote } from './search/search-words';
import { SearchBox } from './search/search-box';
import { SearchEmpty } from './search/search-empty';
import { SearchStatus } from './search/search-status';
import { selectionSummary } from './bulk/selection-summary';
import { SelectionToolbar } from './bulk/selection-toolbar';
import { staticSource, useAssetList } from './grid/use-asset-list';
import { useBulkRun, type Queue } from './bulk/use-bulk-run';
import { useElementWidth } from './grid/use-element-width';
import { useKnownTags } from './forms/use-known-tags';
import { useLibraryParams } from './use-library-params';
import { useLibrarySearch } from './search/use-library-search';
import { useLibraryMoves } from './dnd/use-library-moves';
import { useLibraryShortcuts } from './use-library-shortcuts';
import { useMatchingWalk } from './bulk/use-matching-walk';
import { useScopeBrands } from './use-scope-brands';
import { useSelection } from './bulk/use-selection';

/**
 * The asset library: search and filters, the virtualised grid, selection with bulk actions, and
 * the add dialog. `panel` is the routed detail panel (/assets/:id), drawn over the grid.
 */
export function AssetLibrary({ panel }: { panel?: ReactNode }) {
  const params = useLibraryParams();
  const { filters, selection, search: urlSearch } = params;
  const list = useAssetList(filters);
  const search = useLibrarySearch(params.query, filters, list);
  const brands = useScopeBrands(filters.org);
  const knownTags = useKnownTags(filters.org);
  const cache = useAssetCache();
  const { walk, retry: retryWalk } = useMatchingWalk(filters, selection.kind === 'all');
  const matching = walk?.status === 'done' ? walk.assets : undefined;
  const shownOffset = search.active ? 0 : list.offset;
  const sel = useSelection({
    items: search.shown,
    offset: shownOffset,
    selection,
    setSelection: params.setSelection,
    matching,
  });

  // After a bulk run, assets it moved out of this view leave the selection, and the progress says so.
  const [moved, setMoved] = useState<{ queue: Queue; text: string } | null>(null);
  const onSettled = (queue: Queue) => {
    const written = queue
      .getSnapshot()
      .items.filter((i) => i.status === 'done')
      .map((i) => ({ key: i.key, after: i.result?.after }));
    if (selection.kind === 'all') {
      // "All matching" follows the filters only: walk them again without the moved assets.
      const out = movedOut(written, filters, []);
      if (out.ids.length === 0) return;
      retryWalk();
      setMoved({ queue, text: deselectedNote(out.ids.length, 'filter') });
      return;
    }
    const out = movedOut(written, filters, search.terms);
    const gone = new Set(out.ids.filter((id) => selection.ids.includes(id)));
    if (gone.size === 0) return;
    params.setSelection({ kind: 'ids', ids: selection.ids.filter((id) => !gone.has(id)) });
    setMoved({ queue, text: deselectedNote(gone.size, out.reason) });
  };
  const bulk = useBulkRun(onSettled);
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
  const shownIds = useMemo(() => new Set(search.shown.map((a) => a.id)), [search.shown]);
  const hidden =
    selection.kind === 'ids'
      ? selection.ids.filter((id) => !shownIds.has(id)).length
      : search.active && matching
        ? matching.filter((a) => !matchesSearch(a, search.terms)).length
        : 0;
  const hiddenNote = hidden
    ? `${plural(hidden, 'of them is', 'of them are')} not shown ${search.active ? 'by this search' : '(not loaded)'}.`
    : '';
  // Only while something is selected: it is shown nowhere else, and a drop renders this (B4).
  const summary = sel.active
    ? selectionSummary({ kind: selection.kind, count: selectedIds.length, walk, hidden, searching: search.active })
    : '';
  const onAction = (action: BulkAction) => {
    bulk.start(action, selectedIds);
    if (action.kind === 'delete') sel.clear();
  };
  const nameOf = (id: string) => cache.find(id)?.name ?? matching?.find((a) => a.id === id)?.name ?? id;
  const moves = useLibraryMoves({
    org: filters.org,
    findAsset: cache.find,
    startBulk: bulk.start,
    bulkBusy: bulk.busy || bulk.run?.phase === 'waiting',
  });
  const note = moved && bulk.run?.queue === moved.queue && bulk.run.phase === 'settled' ? moved.text : null;
  const bulkNews = bulk.run
    ? bulk.run.phase === 'settled' || bulk.run.phase === 'undone'
      ? `${bulk.run.title}: ${bulk.snapshot.done} done${bulk.snapshot.failed ? `, ${bulk.snapshot.failed} failed` : ''}. ${note ?? ''}`
      : `${bulk.run.title}: ${bulk.run.phase === 'waiting' ? 'you can undo for a few seconds' : 'working'}.`
    : '';
  const { query } = list;
  // One element while the query stays: the memoised filter bar then skips a drop's render.
  const searchBox = useMemo(
    () => <SearchBox query={params.query} onQueryChange={params.setQuery} />,
    [params.query, params.setQuery],
  );
  const searchSource = useMemo(
    () => staticSource(search.matches, query.isPlaceholderData),
    [search.matches, query.isPlaceholderData],
  );

  return (
    <div className="flex flex-col gap-6 pb-48">
      <title>Assets · Brandkit Studio</title>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Assets</h1>
        <Button onClick={() => params.setAdding(true)} data-page-create>
          Add asset
        </Button>
      </div>
      <AssetFilters
        filters={filters}
        brands={brands.choices}
        onChange={params.setFilters}
        onClear={params.clearFilters}
      >
        {searchBox}
      </AssetFilters>
      {search.active && query.data ? (
        <SearchStatus search={search} />
      ) : (
        <p className="h-5 text-sm text-muted-foreground">
          {/* A count only when it is the whole list: "40 loaded so far" told users nothing. */}
          {query.isPlaceholderData
            ? 'Updating results…'
            : query.data && !query.hasNextPage
              ? `${plural(list.offset + list.items.length, 'asset')} in all`
              : ''}
        </p>
      )}
      <LibraryDnd selectedIds={selectedIds} findAsset={cache.find} onDrop={moves.onDrop}>
        <div className="flex flex-col gap-4 md:flex-row md:items-start">
          <BrandRail brands={brands} />
          <div ref={gridRef} className="min-w-0 flex-1">
            <ScopeBrandsContext value={brands.choices.brands}>
              <AssetGrid
                list={list}
                searchResults={
                  search.active
                    ? {
                        source: searchSource,
                        empty: <SearchEmpty search={search} onClear={() => params.setQuery('')} />,
                      }
                    : undefined
                }
                layout={layout}
                brandNames={brands.names}
                isSelected={sel.isSelected}
                statuses={statuses}
                onPick={sel.onPick}
                search={urlSearch ? `?${urlSearch}` : ''}
                filtered={hasFilters(filters)}
                org={filters.org}
                onAdd={() => params.setAdding(true)}
                onClearFilters={params.clearFilters}
                onMove={moves.onMove}
              />
            </ScopeBrandsContext>
          </div>
        </div>
      </LibraryDnd>
      {/* One polite region for everything selection and bulk work has to say. */}
      <p role="status" className="sr-only">
        {summary} {bulkNews}
      </p>
      <div className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex flex-col items-center gap-2 px-2 sm:px-4">
        {bulk.run ? (
          <div className="pointer-events-auto w-full max-w-2xl shadow-lg">
            <BulkProgress
              run={bulk.run}
              snapshot={bulk.snapshot}
              nameOf={nameOf}
              note={note}
              onRetryFailed={bulk.retryFailed}
              onUndo={bulk.undo}
              onDismiss={bulk.dismiss}
            />
          </div>
        ) : null}
        {sel.active ? (
          <SelectionToolbar
            summary={summary}
            hiddenNote={hiddenNote}
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
      <AddAssetDialog
        open={params.adding}
        onOpenChange={params.setAdding}
        org={filters.org}
        brands={brands.choices}
        knownTags={knownTags}
      />
      {panel}
    </div>
  );
}
