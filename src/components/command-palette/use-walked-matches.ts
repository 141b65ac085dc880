import { useEffect, useMemo } from 'react';
import { matchesText } from './text-match';

interface Named {
  id: string;
  name: string;
}

/** The slice of an infinite query this needs; brands and assets both fit. */
interface PagedQuery<T> {
  data?: { pages: Array<{ data: T[] }> };
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isError: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** Shown per group: the palette is for jumping to one thing, not for browsing. */
export const MATCH_LIMIT = 6;

/**
 * What matches the typed text among the pages a list already holds (cached by the list pages,
 * or loaded now), then further pages, one at a time, until `enough` match or the list ends. The
 * pages are the query's own: walking extends the cached list, nothing is copied.
 */
export function useWalkedMatches<T extends Named>(query: PagedQuery<T>, search: string, enough: number) {
  const { data, hasNextPage, isFetchingNextPage, isError, fetchNextPage } = query;
  const matches = useMemo(() => {
    if (!search.trim()) return [];
    const found: T[] = [];
    for (const page of data?.pages ?? []) {
      for (const item of page.data) if (matchesText(item.name, search)) found.push(item);
    }
    return found.slice(0, MATCH_LIMIT);
  }, [data, search]);
  const walking = matches.length < enough && Boolean(search.trim()) && hasNextPage && !isError;
  useEffect(() => {
    if (walking && !isFetchingNextPage) void fetchNextPage();
  }, [walking, isFetchingNextPage, fetchNextPage]);
  return { matches, walking };
}
