import { useCallback, useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

const PANEL = 'panel';
const THEME = 'theme';
const SEARCH = 'theme_q';

/**
 * The theme panel's state lives in the URL (open, the theme being previewed, the search), so a
 * reload or a shared link shows the same preview. Opening adds a history entry; choosing and
 * typing replace it, so Back closes the panel instead of stepping through every theme tried.
 */
export function useThemePanel() {
  const [params, setParams] = useSearchParams();
  const open = params.get(PANEL) === 'theme';
  const candidateId = open ? params.get(THEME) : null;
  const search = open ? (params.get(SEARCH) ?? '') : '';

  // React Router applies a functional update to the params of the last render. A second edit
  // before that render commits (the debounced search write landing while a theme choice renders
  // in a transition, on a slow machine) would drop the first one, so edits chain on the last
  // params written until the URL reports them.
  const unsettled = useRef<URLSearchParams | null>(null);
  useEffect(() => {
    unsettled.current = null;
  }, [params]);

  const edit = useCallback(
    (change: (next: URLSearchParams) => void, replace: boolean) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(unsettled.current ?? prev);
          change(next);
          unsettled.current = next;
          return next;
        },
        { replace, preventScrollReset: true },
      ),
    [setParams],
  );

  const openPanel = useCallback(
    (themeId?: string) =>
      edit((p) => {
        p.set(PANEL, 'theme');
        if (themeId) p.set(THEME, themeId);
      }, false),
    [edit],
  );
  const choose = useCallback((themeId: string) => edit((p) => p.set(THEME, themeId), true), [edit]);
  const setSearch = useCallback(
    (text: string) => edit((p) => (text ? p.set(SEARCH, text) : p.delete(SEARCH)), true),
    [edit],
  );
  const close = useCallback(() => edit((p) => [PANEL, THEME, SEARCH].forEach((key) => p.delete(key)), true), [edit]);

  return { open, candidateId, search, openPanel, choose, setSearch, close };
}
