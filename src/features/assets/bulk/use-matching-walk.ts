import { useEffect, useState } from 'react';
import { walkAssets, type AssetFilters } from '@/api/assets';
import type { Asset } from '@contract';

type WalkState =
  | { key: string; status: 'walking'; count: number }
  | { key: string; status: 'done'; count: number; assets: Asset[] }
  | { key: string; status: 'error'; count: number; error: unknown };

/**
 * "Select all matching": walks every page of the current filters, counting as it goes. Runs
 * while `active` (the URL says `sel=all`), so a reload resumes it; a filter change restarts it.
 */
export function useMatchingWalk(filters: AssetFilters, active: boolean) {
  const key = JSON.stringify(filters);
  const [state, setState] = useState<WalkState | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!active) return;
    const controller = new AbortController();
    const parsed = JSON.parse(key) as AssetFilters;
    walkAssets(parsed, {
      signal: controller.signal,
      onProgress: (count) => setState({ key, status: 'walking', count }),
    }).then(
      (assets) => setState({ key, status: 'done', count: assets.length, assets }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState((s) => ({ key, status: 'error', count: s?.count ?? 0, error }));
      },
    );
    return () => controller.abort();
  }, [key, active, attempt]);

  const current: WalkState | null = !active ? null : state?.key === key ? state : { key, status: 'walking', count: 0 };
  const retry = () => {
    setState(null);
    setAttempt((n) => n + 1);
  };
  return { walk: current, retry };
}
