import { Button } from '@/components/ui/button';
import type { LibrarySearch } from './use-library-search';
import { searchSummary } from './search-words';

/**
 * Where a search stands, under the filters: what was searched (never a total the API did not
 * give), a bar while later pages are read, Stop, and the way to search further. With no
 * match, the empty state below offers the next step instead.
 */
export function SearchStatus({ search }: { search: LibrarySearch }) {
  const { progress } = search;
  const walking = progress.walk === 'walking';
  return (
    <div className="flex min-h-8 flex-wrap items-center gap-x-3 gap-y-2 text-sm">
      <p className="text-muted-foreground">{searchSummary(progress)}</p>
      {walking ? (
        <>
          {/* No total to measure against: the bar says "working", the words say how far. */}
          <progress aria-label="Searching later assets" className="h-2 w-24 accent-primary" />
          <Button variant="outline" size="sm" onClick={search.stop}>
            Stop
          </Button>
        </>
      ) : !progress.complete && progress.matches > 0 ? (
        <SearchFurtherButton search={search} />
      ) : null}
    </div>
  );
}

/** "Search all assets" the first time, "Keep searching" after a stop or a failed page. */
export function SearchFurtherButton({ search, primary = false }: { search: LibrarySearch; primary?: boolean }) {
  const resumed = search.progress.walk === 'stopped' || search.progress.walk === 'error';
  return (
    <Button variant={primary ? 'primary' : 'outline'} size={primary ? 'md' : 'sm'} onClick={search.searchFurther}>
      {resumed ? 'Keep searching' : 'Search all assets'}
    </Button>
  );
}
