import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The rail's own URL state: its name filter (`rail`) and, on a phone where it folds away,
 * whether it is open (`rail_open=1`). Both replace the history entry, like the library's search.
 */
export function useRailParams() {
  const [params, setParams] = useSearchParams();
  const filter = (params.get('rail') ?? '').slice(0, 100);
  const open = params.get('rail_open') === '1';
  const write = useCallback(
    (key: string, value: string) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const setFilter = useCallback((text: string) => write('rail', text.trim() ? text : ''), [write]);
  const setOpen = useCallback((value: boolean) => write('rail_open', value ? '1' : ''), [write]);
  return { filter, setFilter, open, setOpen };
}
