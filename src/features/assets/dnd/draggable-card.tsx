import { useDraggable } from '@dnd-kit/core';
import type { DragEvent, KeyboardEventHandler, ReactNode } from 'react';
import { cn } from '@/components/ui/cn';

interface DraggableCardProps {
  id: string;
  name: string;
  /** The grid's roving tab stop: only that card's handle is in the tab order. */
  tabbable: boolean;
  /** The card itself, an element made by the row: re-rendering this shell leaves it alone. */
  children: ReactNode;
  /** Beside the handle, e.g. the card's menu. */
  actions?: ReactNode;
}

// One element for every handle: a drop re-renders all the shells, twice, and React skips an
// element it has seen before.
const GRIP = (
  <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 fill-current">
    <circle cx="5" cy="3" r="1.5" />
    <circle cx="11" cy="3" r="1.5" />
    <circle cx="5" cy="8" r="1.5" />
    <circle cx="11" cy="8" r="1.5" />
    <circle cx="5" cy="13" r="1.5" />
    <circle cx="11" cy="13" r="1.5" />
  </svg>
);

// The card holds a link and an image, which the browser would start dragging itself
// (and then cancel the pointer stream dnd-kit follows).
const noNativeDrag = (event: DragEvent) => event.preventDefault();

/**
 * Makes a grid card draggable: the whole card by mouse (after 8 px) or touch (long press), and
 * its handle by keyboard (Space picks up). Only this shell subscribes to the drag context, so a
 * drag re-renders shells, not cards.
 */
export function DraggableCard({ id, name, tabbable, children, actions }: DraggableCardProps) {
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, isDragging } = useDraggable({ id });
  // Pointer and touch start anywhere on the card; the keyboard only from the handle.
  const { onKeyDown, ...pointer } = listeners ?? {};
  const onHandleKey = onKeyDown as KeyboardEventHandler<HTMLButtonElement> | undefined;
  return (
    <div
      ref={setNodeRef}
      {...pointer}
      onDragStart={noNativeDrag}
      className={cn('relative rounded-lg', isDragging && 'outline-2 outline-offset-2 outline-primary outline-dashed')}
    >
      {children}
      <div className="absolute top-2 right-2 flex gap-1">
        <button
          ref={setActivatorNodeRef}
          type="button"
          {...attributes}
          tabIndex={tabbable ? 0 : -1}
          onKeyDown={onHandleKey}
          aria-label={`Drag ${name}`}
          className="flex size-8 cursor-grab items-center justify-center rounded-md border bg-background/95 text-foreground shadow-sm"
        >
          {GRIP}
        </button>
        {actions}
      </div>
    </div>
  );
}
