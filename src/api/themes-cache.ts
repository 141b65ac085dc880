import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { Theme, ThemeList } from '@contract';
import { brandQueries } from './brands-queries';
import { applyOptimistic, type OptimisticHandle } from './optimistic';
import { themeQueries } from './themes-queries';

/**
 * Cache plumbing for the theme mutation hooks. A theme lives in its detail entry, in the
 * whole-scope lists (pickers), in the gallery's infinite pages, and embedded in every brand that
 * uses it (`brand.theme`), so a brand page shows an edit without a reload.
 */

type ThemePages = InfiniteData<ThemeList, string | undefined>;

/** Every place a theme object can be cached: the theme queries and every brand query. */
const THEME_HOLDERS = [themeQueries.all(), brandQueries.all()];

/** Applies `update` to the theme wherever it is cached, brands included; the handle puts every copy back. */
export function updateThemeInCaches(
  qc: QueryClient,
  id: string,
  update: (theme: Theme) => Theme,
): OptimisticHandle<Theme> {
  return applyOptimistic<Theme>(qc, { scan: THEME_HOLDERS, kind: 'theme', match: (t) => t.id === id, update });
}

/** A new custom theme goes first in its scope's whole list (custom themes come newest first). */
export function insertCreatedTheme(qc: QueryClient, theme: Theme, org: string | undefined): void {
  qc.setQueryData(themeQueries.detail(theme.id).queryKey, theme);
  qc.setQueryData(themeQueries.list({ org }).queryKey, (list) =>
    list && !list.some((t) => t.id === theme.id) ? [theme, ...list] : list,
  );
}

/** Drops a deleted theme from every list and its detail. */
export function removeThemeFromCaches(qc: QueryClient, id: string): void {
  qc.setQueriesData<Theme[]>({ queryKey: themeQueries.lists() }, (list) =>
    list?.some((t) => t.id === id) ? list.filter((t) => t.id !== id) : list,
  );
  qc.setQueriesData<ThemePages>({ queryKey: themeQueries.infinites() }, (data) =>
    data
      ? { ...data, pages: data.pages.map((page) => ({ ...page, data: page.data.filter((t) => t.id !== id) })) }
      : data,
  );
  // A page still showing the theme keeps its copy until it navigates away (removing it would
  // refetch a 404 under it); unobserved, it goes now.
  const detail = qc.getQueryCache().find({ queryKey: themeQueries.detail(id).queryKey, exact: true });
  if (detail && detail.getObserversCount() === 0) qc.removeQueries({ queryKey: detail.queryKey, exact: true });
}

/** Every theme id any cached list holds: a create's reconcile ignores these. */
export function cachedThemeIds(qc: QueryClient): Set<string> {
  const ids = new Set<string>();
  for (const [, list] of qc.getQueriesData<Theme[]>({ queryKey: themeQueries.lists() })) {
    for (const theme of list ?? []) ids.add(theme.id);
  }
  for (const [, data] of qc.getQueriesData<ThemePages>({ queryKey: themeQueries.infinites() })) {
    for (const page of data?.pages ?? []) for (const theme of page.data) ids.add(theme.id);
  }
  return ids;
}
