import type { Asset } from '@contract';
import type { AssetFilters } from '@/api/assets';
import { matchesFilters, matchesSearch } from '../search/asset-search';

export interface MovedOut {
  ids: string[];
  reason: 'filter' | 'search' | 'filter or search';
}

/**
 * The assets a bulk run changed so that the view no longer shows them (linked away from the
 * brand filter, a tag removed that the search found), judged on the server's answers.
 */
export function movedOut(
  written: ReadonlyArray<{ key: string; after: Asset | null | undefined }>,
  filters: AssetFilters,
  terms: readonly string[],
): MovedOut {
  const ids: string[] = [];
  let byFilter = false;
  let bySearch = false;
  for (const { key, after } of written) {
    if (!after) continue;
    const filterOk = matchesFilters(after, filters);
    const searchOk = matchesSearch(after, terms);
    if (filterOk && searchOk) continue;
    ids.push(key);
    if (!filterOk) byFilter = true;
    else bySearch = true;
  }
  const reason = byFilter && bySearch ? 'filter or search' : bySearch ? 'search' : 'filter';
  return { ids, reason };
}
