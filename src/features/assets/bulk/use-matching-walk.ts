import { useEffect } from 'react';
import type { AssetFilters } from '@/api/assets';
import type { Asset } from '@contract';
import { useAssetWalk } from '../use-asset-walk';

type WalkState =
  | { status: 'walking'; count: number }
  | { status: 'done'; count: number; assets: readonly Asset[] }
  | { status: 'error'; count: number; error: unknown };

/**
 * "Select all matching": walks every page of the current filters, counting as it goes. Runs
 * while `active` (the URL says `sel=all`), so a reload resumes it; a filter change restarts it.
 */
export function useMatchingWalk(filters: AssetFilters, active: boolean) {
  const key = JSON.stringify(filters);
  const { walk, start, reset } = useAssetWalk(filters);

  useEffect(() => {
    if (active) start();
    else reset();
  }, [key, active, start, reset]);

  const count = walk?.assets.length ?? 0;
  const current: WalkState | null = !active
    ? null
    : walk?.status === 'done'
      ? { status: 'done', count, assets: walk.assets }
      : walk?.status === 'error'
        ? { status: 'error', count, error: walk.error }
        : { status: 'walking', count };
  return { walk: current, retry: () => start() };
}
