import { useCallback, useMemo } from 'react';
import type { Asset, Brand, UsageMode } from '@contract';
import { useMoveAssets } from '@/api/assets-move';
import { moveWithToasts } from '@/components/dnd/move-toasts';
import { LANE_LABELS } from './lane-labels';

const quoted = (assets: readonly Asset[]) => (assets.length === 1 ? `“${assets[0]!.name}”` : `${assets.length} assets`);

/**
 * The brand page's moves, shared by drops and menus: into a lane (link, move from another brand,
 * or change usage) and out of the brand (unlink). Toasts with Undo and Retry come from here.
 * Both keep their identity while the brand's id and name stay (a move changes neither), so the
 * memoised cards skip a drop's render.
 */
export function useBrandMoves(brand: Brand, org: string | undefined, brandNames: ReadonlyMap<string, string>) {
  const mover = useMoveAssets();
  const { id: brandId, name: brandName } = brand;

  const toLane = useCallback(
    (assets: readonly Asset[], mode: UsageMode) => {
      const first = assets[0];
      const from = first?.brand_id && first.brand_id !== brandId ? brandNames.get(first.brand_id) : undefined;
      const within = assets.every((asset) => asset.brand_id === brandId);
      const done = within
        ? `${quoted(assets)} moved to ${LANE_LABELS[mode]}`
        : from
          ? `Moved ${quoted(assets)} from ${from} to ${brandName}, ${LANE_LABELS[mode]}`
          : `Linked ${quoted(assets)} to ${brandName}, ${LANE_LABELS[mode]}`;
      return moveWithToasts(mover, assets, {
        target: { brand_id: brandId, usage_mode: mode },
        options: { org },
        done: () => done,
      });
    },
    [mover, brandId, brandName, brandNames, org],
  );

  const unlink = useCallback(
    (assets: readonly Asset[]) =>
      moveWithToasts(mover, assets, {
        target: { brand_id: null },
        options: { org },
        done: () => `Unlinked ${quoted(assets)} from ${brandName}`,
      }),
    [mover, brandName, org],
  );

  return useMemo(() => ({ toLane, unlink }), [toLane, unlink]);
}
