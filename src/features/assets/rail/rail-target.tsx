import { useDroppable } from '@dnd-kit/core';
import { cn } from '@/components/ui/cn';
import { useTargetSession } from '../dnd/drag-session';
import { formatCount } from '@/lib/format-count';
import {
  brandTargetId,
  isValidDrop,
  UNASSIGNED_TARGET_ID,
  type DropTarget,
  type RailTargetData,
} from '../dnd/drop-targets';

interface RailTargetProps {
  target: DropTarget;
  /** Linked assets (brands only). */
  count?: number;
}

/**
 * One drop target of the rail. While a drag is on, targets that would change something are
 * highlighted, the one under the card more so; a target the drag is already in is dimmed and
 * refuses the drop (the overlay shows the "no" cursor over it).
 */
export function RailTarget({ target, count }: RailTargetProps) {
  const id = target.kind === 'brand' ? brandTargetId(target.brandId) : UNASSIGNED_TARGET_ID;
  const data: RailTargetData = { rail: true, target };
  const { setNodeRef, isOver } = useDroppable({ id, data });
  const session = useTargetSession();
  const valid = session ? isValidDrop(target, session.assets) : null;
  const name = target.kind === 'brand' ? target.brandName : 'Unassigned';
  return (
    <li
      ref={setNodeRef}
      data-rail-target={target.kind === 'brand' ? target.brandId : 'unassigned'}
      data-count={count}
      data-drop={valid === null ? undefined : valid ? (isOver ? 'over' : 'valid') : 'refused'}
      className={cn(
        // No transition: see dropTargetClass.
        'flex min-h-11 items-center justify-between gap-2 rounded-md border px-3 py-2 text-sm',
        valid === null && 'border-border',
        valid === true && !isOver && 'border-primary border-dashed bg-primary/5',
        valid === true && isOver && 'border-primary bg-primary/15 ring-2 ring-primary',
        valid === false && 'cursor-no-drop border-border bg-muted',
      )}
    >
      <span className={cn('min-w-0 truncate', target.kind === 'unassigned' && 'italic')}>{name}</span>
      {count !== undefined ? (
        <span className="shrink-0 text-xs text-muted-foreground">
          {formatCount(count)}
          <span className="sr-only"> linked</span>
        </span>
      ) : null}
    </li>
  );
}
