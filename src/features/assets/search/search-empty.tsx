import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { SearchFurtherButton } from './search-status';
import { noMatchTitle } from './search-words';
import type { LibrarySearch } from './use-library-search';

/** No asset matches the search (so far): say how much was searched and offer the next step. */
export function SearchEmpty({ search, onClear }: { search: LibrarySearch; onClear: () => void }) {
  const { progress } = search;
  const walking = progress.walk === 'walking';
  return (
    <EmptyState
      title={noMatchTitle(progress)}
      description={
        walking
          ? 'Later assets are being searched; matches appear here as they are found.'
          : progress.complete
            ? 'Try other words: names, tags and categories are searched.'
            : 'Only the assets loaded so far were searched. Search the rest, or try other words.'
      }
      action={
        <div className="flex flex-wrap justify-center gap-3">
          <Button variant="outline" onClick={onClear}>
            Clear search
          </Button>
          {!walking && !progress.complete ? <SearchFurtherButton search={search} primary /> : null}
        </div>
      }
    />
  );
}
