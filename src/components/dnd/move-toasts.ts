import { toast } from 'sonner';
import type { AssetMover, MoveOptions, MoveOutcome, MoveTarget } from '@/api/assets-move';
import { errorMessage } from '@/components/ui/error-state';

interface MoveToastContext {
  mover: AssetMover;
  target: MoveTarget;
  options?: MoveOptions;
  /** The success line: "Linked “Eco badge” to Verde Kitchen, Always". */
  done: (outcome: MoveOutcome) => string;
}

const namesOf = (items: ReadonlyArray<{ asset: { name: string } }>) =>
  items.length === 1 ? `“${items[0]!.asset.name}”` : `${items.length} assets`;

/**
 * The toasts of a move, shown at the call site (hooks own cache effects only). A failure names the
 * asset and the reason and offers Retry; a success offers Undo, which puts every moved asset back
 * to its previous brand and usage.
 */
export function toastMoveOutcome(outcome: MoveOutcome, context: MoveToastContext): void {
  const { mover, target, options, done } = context;
  const failed = outcome.failed;
  if (failed.length > 0) {
    toast.error(`${namesOf(failed)} could not be moved`, {
      description: errorMessage(failed[0]!.error),
      action: {
        label: 'Retry',
        onClick: () => void mover.retry(outcome, target, options).then((again) => toastMoveOutcome(again, context)),
      },
    });
  }
  if (outcome.moved.length > 0) {
    toast.success(done(outcome), {
      action: {
        label: 'Undo',
        onClick: () =>
          void mover.undo(outcome, options).then((undone) => {
            if (undone.failed.length > 0) {
              toast.error(`${namesOf(undone.failed)} could not be put back`, {
                description: errorMessage(undone.failed[0]!.error),
              });
            } else toast.success(`Put back ${namesOf(undone.moved)}`);
          }),
      },
    });
  }
}

/** Moves and toasts the outcome: what a drop or a menu choice calls. */
export function moveWithToasts(
  mover: AssetMover,
  assets: Parameters<AssetMover['move']>[0],
  context: Omit<MoveToastContext, 'mover'>,
): Promise<MoveOutcome> {
  const moving = mover.move(assets, context.target, context.options);
  void moving.then((outcome) => toastMoveOutcome(outcome, { ...context, mover }));
  return moving;
}
