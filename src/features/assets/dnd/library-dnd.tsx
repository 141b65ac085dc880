import { DragOverlay, MouseSensor, TouchSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { useCallback, useLayoutEffect, useState, type ReactNode } from 'react';
import type { Asset } from '@contract';
import { notifyNow } from '@/api/notify-now';
import { releaseDragCursor } from '@/components/dnd/drag-cursor';
import { useDropFirst } from '@/components/dnd/drop-first';
import { StableDndContext } from '@/components/dnd/stable-dnd-context';
import { DragOverlayCard } from './drag-overlay-card';
import { INNER_AUTO_SCROLL } from '@/components/dnd/edge-scroll';
import { useEdgeScroller } from '@/components/dnd/use-edge-scroller';
import { createTargetSession, DragSessionContext, TargetSessionContext, type DragSession } from './drag-session';
import { isValidDrop, type DropTarget } from './drop-targets';
import { libraryHandlers, targetOf } from './library-handlers';
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

// Module constants: dnd-kit memoises each sensor on its options object, and new sensors give
// every card and target a new context, so each render of this component (a drop, a refused
// target) re-rendered all of them.
const MOUSE = { activationConstraint: { distance: 8 } };
const TOUCH = { activationConstraint: { delay: 250, tolerance: 8 } };

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
  const scroller = useEdgeScroller();
  const [targets] = useState(createTargetSession);

  // dnd-kit calls these outside React's render and they keep their identity, so DndContext does
  // not render again for a render of this component (see StableDndContext).
  const [dnd] = useState(() =>
    libraryHandlers({
      scroller,
      setSession: (next) => {
        setSession(next);
        targets.set(next);
      },
      setRefused,
    }),
  );
  const { update, ...handlers } = dnd;
  useLayoutEffect(() => {
    update({ selectedIds, findAsset, session });
  });
  // The drop, before dnd-kit's own end (see useDropFirst): the overlay is hidden, targets go quiet.
  const { dropped, cancelDrop, endDrop } = useDropFirst(({ over }: DragEndEvent) => {
    scroller.stop();
    targets.set(null);
    releaseDragCursor();
    const target = targetOf(over?.data.current);
    // In the same event as the overlay goes: the optimistic write lands in the same render.
    if (session && target && isValidDrop(target, session.assets))
      notifyNow(() => onDrop([...session.ids], target, session.assets));
  });
  const onDragEnd = useCallback(() => {
    setSession(null);
    targets.set(null);
    endDrop();
  }, [endDrop, targets]);

  return (
    <StableDndContext
      sensors={sensors}
      collisionDetection={libraryCollisions}
      autoScroll={INNER_AUTO_SCROLL}
      cancelDrop={cancelDrop}
      onDragEnd={onDragEnd}
      {...handlers}
    >
      {/* The grid's session stays until dnd-kit ends: a new value at the drop made React look for
          its readers through every card, in the drop's task. */}
      <DragSessionContext value={session}>
        <TargetSessionContext value={targets}>{children}</TargetSessionContext>
      </DragSessionContext>
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
    </StableDndContext>
  );
}
