import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { toast } from 'sonner';
import { updateAssetNow } from '@/api/assets';
import { errorMessage } from '@/components/ui/error-state';
import type { BulkAction } from '../bulk/bulk-actions';
import { actionFor, targetBrandId, targetLabel, type DropTarget } from './drop-targets';

function moveNow(client: QueryClient, id: string, target: DropTarget, name: string): void {
  updateAssetNow(client, id, { brand_id: targetBrandId(target) }).then(
    () => toast.success(`Moved “${name}” to ${targetLabel(target)}`),
    (error: unknown) =>
      toast.error(`Could not move “${name}”: ${errorMessage(error)}`, {
        action: { label: 'Retry', onClick: () => moveNow(client, id, target, name) },
      }),
  );
}

interface UseLibraryMovesArgs {
  /** The library's bulk queue: a drop of several assets runs through it. */
  startBulk: (action: BulkAction, ids: readonly string[]) => void;
  /** A bulk action is running or waiting: a second one would replace its progress. */
  bulkBusy: boolean;
  nameOf: (id: string) => string;
}

/**
 * What a drop (or the card menu) does: one asset moves by one PATCH, shown at once; several
 * go through the bulk queue with its progress, back-off, retry and one undo. Both functions stay
 * the same across renders, so the grid's memoised rows do not re-render for them.
 */
export function useLibraryMoves({ startBulk, bulkBusy, nameOf }: UseLibraryMovesArgs) {
  const client = useQueryClient();
  const latest = useRef({ startBulk, bulkBusy, nameOf });
  useEffect(() => {
    latest.current = { startBulk, bulkBusy, nameOf };
  });

  const onMove = useCallback(
    (id: string, target: DropTarget) => moveNow(client, id, target, latest.current.nameOf(id)),
    [client],
  );

  const onDrop = useCallback(
    (ids: string[], target: DropTarget) => {
      if (ids.length === 1) return onMove(ids[0]!, target);
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
