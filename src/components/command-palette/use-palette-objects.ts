import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { assetQueries } from '@/api/assets';
import { brandQueries } from '@/api/brands';
import { themeQueries } from '@/api/themes';
import { matchesText } from './text-match';
import { MATCH_LIMIT, useWalkedMatches } from './use-walked-matches';

/**
 * Brands, assets and themes of the scope whose names match, from the same cached queries as
 * their pages. Brands walk on until a full group matches; assets only until one does, because
 * the library's list holds a bounded window of pages (ASSET_MAX_PAGES) and walking on would drop
 * the pages the matches are on. `searching` names what is still being looked through.
 */
export function usePaletteObjects(search: string, org: string | undefined) {
  const brands = useWalkedMatches(useInfiniteQuery(brandQueries.infinite({ org })), search, MATCH_LIMIT);
  const assets = useWalkedMatches(useInfiniteQuery(assetQueries.infinite({ org })), search, 1);
  // The theme list is walked whole by its query (pickers search the full set).
  const themeList = useQuery(themeQueries.list({ org }));
  const typed = Boolean(search.trim());
  const themes = typed
    ? (themeList.data ?? []).filter((theme) => matchesText(theme.name, search)).slice(0, MATCH_LIMIT)
    : [];
  const searching = typed
    ? [brands.walking && 'brands', assets.walking && 'assets', themeList.isPending && 'themes'].filter(
        (what): what is string => Boolean(what),
      )
    : [];
  return { brands: brands.matches, assets: assets.matches, themes, searching };
}
