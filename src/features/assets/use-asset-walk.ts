import { useCallback, useEffect, useRef, useState } from 'react';
import { walkAssets, type AssetFilters } from '@/api/assets';
import type { Asset } from '@contract';

export type WalkStatus = 'walking' | 'stopped' | 'done' | 'error';

export interface AssetWalk {
  key: string;
  status: WalkStatus;
  /** Every asset read so far, in list order. */
  assets: readonly Asset[];
  error?: unknown;
}

/**
 * Reads the pages of a filter one after the other, keeping what it read: the one walk behind
 * "Select all matching" (every page) and the library's search (the pages after the loaded
 * ones). It can stop and later go on from where it stopped. A filter change or leaving the
 * page ends a walk in flight; a walk of other filters is never reported.
 */
export function useAssetWalk(filters: AssetFilters) {
  const key = JSON.stringify(filters);
  const [state, setState] = useState<AssetWalk | null>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(
    () => () => {
      controller.current?.abort();
      controller.current = null;
    },
    [key],
  );

  /** Starts a walk, or goes on after `after` keeping `keep` (what an earlier run read). */
  const start = useCallback(
    (from: { after?: string; keep?: readonly Asset[] } = {}) => {
      controller.current?.abort();
      const own = new AbortController();
      controller.current = own;
      const update = (change: (walk: AssetWalk) => AssetWalk) => {
        if (!own.signal.aborted) setState((s) => (s && s.key === key ? change(s) : s));
      };
      setState({ key, status: 'walking', assets: from.keep ?? [] });
      walkAssets(JSON.parse(key) as AssetFilters, {
        signal: own.signal,
        after: from.after,
        onProgress: (_count, page) => update((s) => ({ ...s, assets: [...s.assets, ...page] })),
      }).then(
        () => update((s) => ({ ...s, status: 'done' })),
        (error: unknown) => update((s) => ({ ...s, status: 'error', error })),
      );
    },
    [key],
  );

  const stop = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setState((s) => (s?.status === 'walking' ? { ...s, status: 'stopped' } : s));
  }, []);

  const reset = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setState(null);
  }, []);

  return { walk: state?.key === key ? state : null, start, stop, reset };
}
