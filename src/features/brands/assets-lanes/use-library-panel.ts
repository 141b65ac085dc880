import { useSearchParams } from 'react-router';
import { AssetType } from '@contract';

/**
 * The Library side panel's state, in the URL: `panel=library` opens it, `library_type` filters by
 * type, `library_others=1` adds assets linked to other brands.
 */
export function useLibraryPanel() {
  const [params, setParams] = useSearchParams();
  const open = params.get('panel') === 'library';
  const type = AssetType.safeParse(params.get('library_type')).data;
  const others = params.get('library_others') === '1';

  const update = (changes: Record<string, string | null>, replace: boolean) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace, preventScrollReset: true },
    );

  return {
    open,
    type,
    others,
    // Opening and closing are steps Back can undo; filters replace the entry.
    setOpen: (value: boolean) =>
      update(value ? { panel: 'library' } : { panel: null, library_type: null, library_others: null }, false),
    setType: (value: AssetType | undefined) => update({ library_type: value ?? null }, true),
    setOthers: (value: boolean) => update({ library_others: value ? '1' : null }, true),
  };
}
