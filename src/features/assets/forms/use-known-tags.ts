import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo, useSyncExternalStore } from 'react';
import { assetQueries, type AssetFilters, type AssetPages } from '@/api/assets';

type AssetPage = AssetPages['pages'][number];

const SEPARATOR = '\u0000';

/** Each page's distinct tags, kept while the page object lives (pages are replaced, never changed). */
const pageTags = new WeakMap<AssetPage, readonly string[]>();

function tagsOf(page: AssetPage): readonly string[] {
  let tags = pageTags.get(page);
  if (!tags) {
    tags = [...new Set(page.data.flatMap((asset) => asset.tags))];
    pageTags.set(page, tags);
  }
  return tags;
}

let collator: Intl.Collator | undefined;

/**
 * The hook's store: every tag of the scope's loaded lists, as one sorted string. It is read on
 * every cache event (a drop's optimistic write makes several), so it walks only pages it has
 * not seen, sorts only when the set of tags changed and, when the pages are the very same, does
 * nothing at all.
 */
function tagStore(client: QueryClient, org: string | undefined) {
  let last: { pages: AssetPage[]; tags: ReadonlySet<string>; joined: string } = {
    pages: [],
    tags: new Set(),
    joined: '',
  };
  const read = () => {
    const pages: AssetPage[] = [];
    for (const query of client.getQueryCache().findAll({ queryKey: assetQueries.infinites() })) {
      const filters = query.queryKey[2] as AssetFilters | undefined;
      if ((filters?.org ?? undefined) !== org) continue;
      pages.push(...((query.state.data as AssetPages | undefined)?.pages ?? []));
    }
    if (pages.length === last.pages.length && pages.every((page, i) => page === last.pages[i])) return last.joined;
    const tags = new Set<string>();
    for (const page of pages) for (const tag of tagsOf(page)) tags.add(tag);
    // A page replaced by a move (its brand changed) mostly keeps the same tags: no new sort.
    const same = tags.size === last.tags.size && [...tags].every((tag) => last.tags.has(tag));
    collator ??= new Intl.Collator();
    const joined = same ? last.joined : [...tags].sort(collator.compare).join(SEPARATOR);
    last = { pages, tags, joined };
    return joined;
  };
  const subscribe = (onChange: () => void) => client.getQueryCache().subscribe(onChange);
  return { read, subscribe };
}

/**
 * Tags already in use, for autocomplete: read from the asset lists this tab has loaded for the
 * scope. The API has no tag index, and walking every page for suggestions would cost far more
 * than it gives.
 */
export function useKnownTags(org: string | undefined): string[] {
  const client = useQueryClient();
  const store = useMemo(() => tagStore(client, org), [client, org]);
  // A string snapshot: equal text means no re-render, however often the cache notifies.
  const joined = useSyncExternalStore(store.subscribe, store.read, store.read);
  return useMemo(() => (joined ? joined.split(SEPARATOR) : []), [joined]);
}
