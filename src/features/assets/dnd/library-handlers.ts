import type { Announcements, DragMoveEvent, DragOverEvent, DragStartEvent } from '@dnd-kit/core';
import type { Asset } from '@contract';
import { setDragCursor } from '@/components/dnd/drag-cursor';
import type { DragSession } from './drag-session';
import { dragLabel, draggedIds, isRailTargetData, isValidDrop, targetLabel, type DropTarget } from './drop-targets';
import { dragPointer, type EdgeScroller } from '@/components/dnd/edge-scroll';

const INSTRUCTIONS =
  'To move an asset to a brand, press Space or Enter on its drag handle. Arrow keys move between the brands of the rail, ' +
  'Space or Enter drops, Escape cancels. A selected card carries the whole selection.';

export const targetOf = (data: unknown): DropTarget | null => (isRailTargetData(data) ? data.target : null);

/** The library's latest props and drag session, read at each event (outside React's render). */
interface Latest {
  selectedIds: readonly string[];
  findAsset: (id: string) => Asset | undefined;
  session: DragSession | null;
}

interface Wiring {
  scroller: EdgeScroller;
  setSession: (session: DragSession | null) => void;
  setRefused: (refused: boolean) => void;
}

/**
 * The library's DndContext handlers and what a screen reader hears at each step, made once per
 * library: they keep their identity, so DndContext renders only for its own state. `update`
 * gives them the latest props and session (from an effect).
 */
export function libraryHandlers({ scroller, setSession, setRefused }: Wiring) {
  let latest: Latest = { selectedIds: [], findAsset: () => undefined, session: null };
  // The drag's session as it started: the drop's move may take the asset out of every cached
  // list before the last announcement is made, and it must still name it.
  let started: DragSession | null = null;
  const sessionFor = (activeId: string): DragSession => {
    const { selectedIds, findAsset } = latest;
    const ids = draggedIds(activeId, selectedIds);
    const assets = ids.map((id) => findAsset(id));
    return { activeId, ids, assets, label: dragLabel(ids, (id) => findAsset(id)?.name) };
  };
  const describe = (activeId: string): DragSession => (started?.activeId === activeId ? started : sessionFor(activeId));

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

  return {
    update: (values: Latest) => (latest = values),
    accessibility: { announcements, screenReaderInstructions: { draggable: INSTRUCTIONS } },
    onDragStart: ({ active }: DragStartEvent) => {
      started = sessionFor(String(active.id));
      setSession(started);
      setRefused(false);
      setDragCursor('grabbing');
    },
    // A keyboard drag has no pointer (and jumps between targets that are in view).
    onDragMove: (event: DragMoveEvent) => scroller.move(dragPointer(event)),
    onDragOver: ({ over }: DragOverEvent) => {
      const target = targetOf(over?.data.current);
      const { session } = latest;
      const refuse = Boolean(target && session && !isValidDrop(target, session.assets));
      setRefused(refuse);
      // The whole page shows "no" over a target that refuses (shared with the brand page).
      setDragCursor(refuse ? 'no' : 'grabbing');
    },
    onDragCancel: () => {
      scroller.stop();
      setDragCursor(null);
      setSession(null);
    },
  };
}
