import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import {
  readFilters,
  readSearch,
  readSelection,
  withFilters,
  withoutFilters,
  withSearch,
  withSelection,
  type FilterPatch,
  type Selection,
} from './library-params';

/** The library's filters and selection, read from and written to the URL (see library-params.ts). */
export function useLibraryParams() {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  // Keyed on the text, so an unrelated re-render never makes a new filters object.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filters = useMemo(() => readFilters(params), [search]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const selection = useMemo(() => readSelection(params), [search]);

  const query = readSearch(params);

  // The header's scope switcher changes `org` alone; a brand filter or a selection made in the
  // old scope means nothing in the new one, so they go.
  const previousOrg = useRef(filters.org);
  useEffect(() => {
    if (previousOrg.current === filters.org) return;
    previousOrg.current = filters.org;
    if (params.has('brand') || params.has('sel')) {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          next.delete('brand');
          next.delete('sel');
          return next;
        },
        { replace: true },
      );
    }
  }, [filters.org, params, setParams]);

  // Filter changes are history entries (Back undoes one); selection changes replace the entry.
  const setFilters = useCallback((patch: FilterPatch) => setParams((prev) => withFilters(prev, patch)), [setParams]);
  const clearFilters = useCallback(() => setParams((prev) => withoutFilters(prev)), [setParams]);
  const setSelection = useCallback(
    (next: Selection) => setParams((prev) => withSelection(prev, next), { replace: true }),
    [setParams],
  );
  // The search field writes here debounced, replacing the entry (Back leaves the page, not a keystroke).
  const setQuery = useCallback((q: string) => setParams((prev) => withSearch(prev, q), { replace: true }), [setParams]);
  // The add dialog is an open panel: it lives in the URL too (`add=1`).
  const adding = params.get('add') === '1';
  const setAdding = useCallback(
    (open: boolean) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (open) next.set('add', '1');
          else next.delete('add');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { filters, selection, search, query, setQuery, setFilters, clearFilters, setSelection, adding, setAdding };
}
