import { cn } from '@/components/ui/cn';

export interface DropTargetState {
  /** A drag is going on that this target accepts. */
  valid: boolean;
  /** The drag is over this target right now. */
  isOver: boolean;
}

/**
 * Whole class strings for a drop target: outlined while a drag it accepts goes on, filled and
 * ringed while that drag is over it. Targets that refuse the drag stay as they are (the cursor
 * says "no"). No transition: every colour property that starts one sends the page a
 * transitionrun and a transitionstart event, which React's root listener handles, inside the
 * frames of the pick-up and the drop (B4).
 */
export function dropTargetClass({ valid, isOver }: DropTargetState): string {
  return cn(
    valid && 'outline-2 outline-offset-2 outline-dashed outline-primary/60',
    valid && isOver && 'bg-primary/10 outline-solid outline-primary',
  );
}
