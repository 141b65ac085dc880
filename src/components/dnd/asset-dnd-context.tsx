import {
  DragOverlay,
  type DragEndEvent,
  type DragMoveEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { useState, type ReactNode } from 'react';
import { notifyNow } from '@/api/notify-now';
import { dragAnnouncements, dragInstructions, isOverSource } from './announcements';
import { AssetDragPreview } from './asset-drag-preview';
import { releaseDragCursor, setDragCursor } from './drag-cursor';
import { canDrop, dragDataOf, dropDataOf, type AssetDragData, type DropTargetData } from './drag-types';
import { useDropFirst } from './drop-first';
import { dragPointer, INNER_AUTO_SCROLL } from './edge-scroll';
import { dropCollision, useDragSensors } from './sensors';
import { StableDndContext } from './stable-dnd-context';
import { useEdgeScroller } from './use-edge-scroller';

export interface AssetDrop {
  drag: AssetDragData;
  target: DropTargetData;
  targetId: UniqueIdentifier;
}

/**
 * A drop moves the card to another list, so React removes the card's node, and its handle has
 * the focus (a press or a keyboard pick-up focused it). Chrome lays the page out inside the
 * removal of a focused element, which made the drop's task longer; blurred first, while the
 * layout is still clean, it costs nothing. Focus ends on the page either way: dnd-kit puts it back
 * on the card's new handle after a keyboard drag. The handle is the focused element that holds
 * what the drag started from.
 */
function blurActivator(activatorEvent: Event) {
  const focused = document.activeElement;
  const from = activatorEvent.target;
  if (focused instanceof HTMLElement && focused !== document.body && from instanceof Node && focused.contains(from))
    focused.blur();
}

const ACCESSIBILITY = { announcements: dragAnnouncements(), screenReaderInstructions: dragInstructions };
const onDragOver = ({ active: moving, over }: DragOverEvent) =>
  setDragCursor(over && !isOverSource({ active: moving, over }) && !canDrop(moving, over) ? 'no' : 'grabbing');

interface AssetDndContextProps {
  children: ReactNode;
  /** A drop on a target that accepts the drag; never called for a cancel or a refused target. */
  onDrop: (drop: AssetDrop) => void;
}

/**
 * One drag-and-drop area for assets: the sensors (pointer, touch long-press, keyboard), the
 * announcements in dnd-kit's live region, the page cursor ("no" over a target that refuses),
 * and the overlay that looks like the card. The overlay has no drop animation: the card is
 * already in its new place (the move writes the cache and React Query tells its observers at
 * once), so nothing flies back. The drop is made before dnd-kit's own end (see dropFirst), and
 * every prop given to dnd-kit keeps its identity (see StableDndContext). Near the window's top or
 * bottom edge the page scrolls (EdgeScroller).
 */
export function AssetDndContext({ children, onDrop }: AssetDndContextProps) {
  const sensors = useDragSensors();
  const [active, setActive] = useState<AssetDragData | null>(null);
  const scroller = useEdgeScroller();
  const { dropped, cancelDrop, endDrop } = useDropFirst(({ active: ended, over, activatorEvent }: DragEndEvent) => {
    scroller.stop();
    releaseDragCursor();
    const drag = dragDataOf(ended);
    const target = dropDataOf(over);
    if (drag && target && over && over.id !== drag.source && target.accepts(drag)) {
      blurActivator(activatorEvent);
      notifyNow(() => onDrop({ drag, target, targetId: over.id }));
    }
  });
  const [handlers] = useState(() => ({
    onDragStart: ({ active: started }: DragStartEvent) => {
      setActive(dragDataOf(started));
      setDragCursor('grabbing');
    },
    onDragMove: (event: DragMoveEvent) => scroller.move(dragPointer(event)),
    onDragEnd: () => {
      scroller.stop();
      setActive(null);
      endDrop();
    },
    onDragCancel: () => {
      scroller.stop();
      setActive(null);
      setDragCursor(null);
    },
  }));

  return (
    <StableDndContext
      sensors={sensors}
      collisionDetection={dropCollision}
      // The window scrolls from the pointer alone (EdgeScroller); dnd-kit's own window scrolling ran away here.
      autoScroll={INNER_AUTO_SCROLL}
      accessibility={ACCESSIBILITY}
      onDragOver={onDragOver}
      cancelDrop={cancelDrop}
      {...handlers}
    >
      {children}
      <DragOverlay dropAnimation={null}>
        {active ? <AssetDragPreview drag={active} hidden={dropped} /> : null}
      </DragOverlay>
    </StableDndContext>
  );
}
