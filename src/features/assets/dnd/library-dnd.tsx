import {
  DndContext,
  DragOverlay,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragMoveEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { getEventCoordinates } from '@dnd-kit/utilities';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { Asset } from '@contract';
import { notifyNow } from '@/api/notify-now';
import { releaseDragCursor, setDragCursor } from '@/components/dnd/drag-cursor';
import { dropFirst } from '@/components/dnd/drop-first';
import { DragOverlayCard } from './drag-overlay-card';
import { EdgeScroller } from './edge-scroll';
import { DragSessionContext, type DragSession } from './drag-session';
import { dragLabel, draggedIds, isRailTargetData, isValidDrop, targetLabel, type DropTarget } from './drop-targets';
import { libraryCollisions } from './target-steps';
import { TargetKeyboardSensor } from './target-keyboard-sensor';

interface LibraryDndProps {
  /** The selected ids: a card of a selection of several carries the whole selection. */
  selectedIds: readonly string[];
  findAsset: (id: string) => Asset | undefined;
  /** `assets`: as cached at pick-up (a card scrolled far away may have left the cache since). */
  onDrop: (ids: string[], target: DropTarget, assets: ReadonlyArray<Asset | undefined>) => void;
  children: ReactNode;
}

const INSTRUCTIONS =
  'To move an asset to a brand, press Space or Enter on its drag handle. Arrow keys move between the brands of the rail, ' +
  'Space or Enter drops, Escape cancels. A selected card carries the whole selection.';

// Module constants: dnd-kit memoises each sensor on its options object, and new sensors give
// every card and target a new context, so each render of this component (a drop, a refused
// target) re-rendered all of them.
const MOUSE = { activationConstraint: { distance: 8 } };
const TOUCH = { activationConstraint: { delay: 250, tolerance: 8 } };

// dnd-kit scrolls inner containers (the rail's list); the window is EdgeScroller's (see there).
const AUTO_SCROLL = {
  canScroll: (element: Element) => element !== document.scrollingElement,
  layoutShiftCompensation: false,
};

/**
 * Drag and drop for the library: the context over the grid and the rail, its sensors (mouse,
 * long-press touch, keyboard from target to target), the overlay, and what a screen reader
 * hears at each step. A drop that would change nothing is refused ("no" cursor, announced).
 */
export function LibraryDnd({ selectedIds, findAsset, onDrop, children }: LibraryDndProps) {
  const sensors = useSensors(
    useSensor(MouseSensor, MOUSE),
    useSensor(TouchSensor, TOUCH),
    useSensor(TargetKeyboardSensor),
  );
  const [session, setSession] = useState<DragSession | null>(null);
  const [refused, setRefused] = useState(false);
  // Dropped, and dnd-kit not yet ended (see dropFirst): the overlay is hidden, targets are quiet.
  const [dropped, setDropped] = useState(false);
  const [scroller] = useState(() => new EdgeScroller());
  useEffect(
    () => () => {
      scroller.stop();
      setDragCursor(null);
    },
    [scroller],
  );

  // Announcements run outside React's render: they read the latest values through a ref.
  const latest = useRef({ selectedIds, findAsset, session });
  useLayoutEffect(() => {
    latest.current = { selectedIds, findAsset, session };
  });
  // The drag's session as it started: the drop's move may take the asset out of every cached
  // list before the last announcement is made, and it must still name it.
  const started = useRef<DragSession | null>(null);
  const describe = (activeId: string): DragSession =>
    started.current?.activeId === activeId ? started.current : sessionFor(activeId);
  const sessionFor = (activeId: string): DragSession => {
    const { selectedIds, findAsset } = latest.current;
    const ids = draggedIds(activeId, selectedIds);
    const assets = ids.map((id) => findAsset(id));
    return { activeId, ids, assets, label: dragLabel(ids, (id) => findAsset(id)?.name) };
  };
  const targetOf = (data: unknown): DropTarget | null => (isRailTargetData(data) ? data.target : null);

  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${describe(String(active.id)).label}.`,
    onDragOver: ({ active, over }) => {
      const s = describe(String(active.id));
      const target = targetOf(over?.data.current);
      if (!target) return `${s.label} is over no brand.`;
      return isValidDrop(target, s.assets)
        ? `Over ${targetLabel(target)}.`
        : `Over ${targetLabel(target)}: already there, dropping changes nothing.`;
    },
    onDragEnd: ({ active, over }) => {
      const s = describe(String(active.id));
      const target = targetOf(over?.data.current);
      return target && isValidDrop(target, s.assets)
        ? `Dropped ${s.label} on ${targetLabel(target)}.`
        : `${s.label} was not moved.`;
    },
    onDragCancel: ({ active }) => `Cancelled. ${describe(String(active.id)).label} was not moved.`,
  };

  const onDragStart = ({ active }: DragStartEvent) => {
    started.current = sessionFor(String(active.id));
    setSession(started.current);
    setRefused(false);
    setDragCursor('grabbing');
  };
  const onDragMove = ({ activatorEvent, delta }: DragMoveEvent) => {
    // A keyboard drag has no pointer (and jumps between targets that are in view).
    const start = getEventCoordinates(activatorEvent);
    scroller.move(start ? { x: start.x + delta.x, y: start.y + delta.y } : null);
  };
  const onDragOver = ({ over }: DragOverEvent) => {
    const target = targetOf(over?.data.current);
    const refuse = Boolean(target && session && !isValidDrop(target, session.assets));
    setRefused(refuse);
    // The whole page shows "no" over a target that refuses (shared with the brand page).
    setDragCursor(refuse ? 'no' : 'grabbing');
  };
  // The drop, before dnd-kit's own end (see dropFirst). The overlay stays mounted, only hidden,
  // until then: taking it away while dnd-kit still drags makes dnd-kit measure and collide again.
  const cancelDrop = dropFirst(({ over }: DragEndEvent) => {
    scroller.stop();
    releaseDragCursor();
    const current = session;
    setDropped(true);
    const target = targetOf(over?.data.current);
    // In the same event as the overlay goes: the optimistic write lands in the same render.
    if (current && target && isValidDrop(target, current.assets))
      notifyNow(() => onDrop([...current.ids], target, current.assets));
  });

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={libraryCollisions}
      autoScroll={AUTO_SCROLL}
      accessibility={{ announcements, screenReaderInstructions: { draggable: INSTRUCTIONS } }}
      onDragStart={onDragStart}
      onDragMove={onDragMove}
      onDragOver={onDragOver}
      cancelDrop={cancelDrop}
      onDragEnd={() => {
        setSession(null);
        setDropped(false);
      }}
      onDragCancel={() => {
        scroller.stop();
        setDragCursor(null);
        setSession(null);
      }}
    >
      <DragSessionContext value={dropped ? null : session}>{children}</DragSessionContext>
      {/* Mounted only during a drag. No drop animation: the card is already in its new place when
          the overlay goes, and an overlay kept mounted holds its last card for one more render
          pass. */}
      {session ? (
        <DragOverlay dropAnimation={null}>
          <DragOverlayCard
            asset={session.assets[session.ids.indexOf(session.activeId)] ?? findAsset(session.activeId)}
            label={session.label}
            count={session.ids.length}
            refused={refused}
            hidden={dropped}
          />
        </DragOverlay>
      ) : null}
    </DndContext>
  );
}
