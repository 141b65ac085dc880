import { useCallback, useEffect, useRef } from 'react';
import { toast } from 'sonner';
import type { Asset } from '@contract';
import { useMoveAssets } from '@/api/assets-move';
import { moveWithToasts } from '@/components/dnd/move-toasts';
import type { BulkAction } from '../bulk/bulk-actions';
import { actionFor, targetBrandId, type DropTarget } from './drop-targets';

interface UseLibraryMovesArgs {
  /** The library's scope: the move primitive places the asset in this scope's lists. */
  org: string | undefined;
  findAsset: (id: string) => Asset | undefined;
  /** The library's bulk queue: a drop of several assets runs through it. */
  startBulk: (action: BulkAction, ids: readonly string[]) => void;
  /** A bulk action is running or waiting: a second one would replace its progress. */
  bulkBusy: boolean;
}

const doneText = (asset: Asset, target: DropTarget) =>
  target.kind === 'brand' ? `Linked “${asset.name}” to ${target.brandName}` : `Unlinked “${asset.name}”`;

/**
 * What a drop (or the card menu) does: one asset moves through the shared move primitive (one
 * PATCH, every cache in the same frame, a toast with Undo or Retry); several go through the
 * bulk queue with its progress, back-off, retry and one undo. Both functions keep their
 * identity across renders, so the grid's memoised rows do not re-render for them.
 */
export function useLibraryMoves({ org, findAsset, startBulk, bulkBusy }: UseLibraryMovesArgs) {
  const mover = useMoveAssets();
  const latest = useRef({ org, findAsset, startBulk, bulkBusy });
  useEffect(() => {
    latest.current = { org, findAsset, startBulk, bulkBusy };
  });

  const onMove = useCallback(
    (id: string, target: DropTarget, picked?: Asset) => {
      const asset = latest.current.findAsset(id) ?? picked;
      if (!asset) return;
      void moveWithToasts(mover, [asset], {
        target: { brand_id: targetBrandId(target) },
        options: { org: latest.current.org },
        done: () => doneText(asset, target),
      });
    },
    [mover],
  );

  const onDrop = useCallback(
    (ids: string[], target: DropTarget, picked: ReadonlyArray<Asset | undefined>) => {
      if (ids.length === 1) return onMove(ids[0]!, target, picked[0]);
      const { startBulk, bulkBusy } = latest.current;
      if (bulkBusy) {
        toast.error('Wait for the bulk action in progress to finish, then drop again.');
        return;
      }
      startBulk(actionFor(target), ids);
    },
    [onMove],
  );
  return { onMove, onDrop };
}
