import type { Active, Over } from '@dnd-kit/core';
import type { Asset } from '@contract';

/**
 * What a drag carries. One card or a selection: `assets` holds every asset that moves, `label`
 * is what announcements and the overlay call it ("Eco badge", "12 assets").
 */
export interface AssetDragData {
  kind: 'assets';
  assets: readonly Asset[];
  label: string;
  /** Where the drag started, e.g. 'panel' or 'lane:always'; a target can refuse its own source. */
  source: string;
  /** Set when the assets belong to another brand than the target's page: "Move from Rosso". */
  fromBrandName?: string;
}

/** What a drop target says about itself. */
export interface DropTargetData {
  kind: 'target';
  /** Spoken and shown: "lane Always of Verde Kitchen", "the library panel", "Unassigned". */
  label: string;
  /** Whether this drag may drop here; invalid targets show the "no" cursor and ignore the drop. */
  accepts: (drag: AssetDragData) => boolean;
}

export function dragDataOf(active: Pick<Active, 'data'> | null | undefined): AssetDragData | null {
  const data: unknown = active?.data.current;
  return isRecord(data) && data.kind === 'assets' ? (data as unknown as AssetDragData) : null;
}

export function dropDataOf(over: Pick<Over, 'data'> | null | undefined): DropTargetData | null {
  const data: unknown = over?.data.current;
  return isRecord(data) && data.kind === 'target' ? (data as unknown as DropTargetData) : null;
}

/** Whether the drag may land on this target; false when either side is not ours. */
export function canDrop(
  active: Pick<Active, 'data'> | null | undefined,
  over: Pick<Over, 'data'> | null | undefined,
): boolean {
  const drag = dragDataOf(active);
  const target = dropDataOf(over);
  return Boolean(drag && target && target.accepts(drag));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
