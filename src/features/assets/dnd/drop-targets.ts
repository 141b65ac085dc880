import type { Asset } from '@contract';
import type { BulkAction } from '../bulk/bulk-actions';
import { plural } from '../format';

/** Where a card can be dropped in the library: a brand of the rail, or "Unassigned". */
export type DropTarget = { kind: 'brand'; brandId: string; brandName: string } | { kind: 'unassigned' };

/** What every rail target carries as its droppable data, so a drop knows where it landed. */
export interface RailTargetData {
  rail: true;
  target: DropTarget;
}

export const UNASSIGNED_TARGET_ID = 'rail:unassigned';
export const brandTargetId = (brandId: string) => `rail:brand:${brandId}`;

export function isRailTargetData(value: unknown): value is RailTargetData {
  return typeof value === 'object' && value !== null && (value as { rail?: unknown }).rail === true;
}

/**
 * The assets a drag carries: the whole selection when the picked card is part of a selection of
 * several, otherwise the card alone (dragging an unselected card never drags the selection).
 */
export function draggedIds(pickedId: string, selectedIds: readonly string[]): string[] {
  return selectedIds.length > 1 && selectedIds.includes(pickedId) ? [...selectedIds] : [pickedId];
}

/** The brand a target links to, null for "Unassigned". */
export const targetBrandId = (target: DropTarget): string | null => (target.kind === 'brand' ? target.brandId : null);

/**
 * A drop is valid when it would change at least one of the assets it carries. Assets not in the
 * cache (a selection beyond the loaded pages) count as changing: the bulk queue reads each one
 * before writing and skips those already in place.
 */
export function isValidDrop(target: DropTarget, assets: ReadonlyArray<Pick<Asset, 'brand_id'> | undefined>): boolean {
  const brandId = targetBrandId(target);
  return assets.some((asset) => asset === undefined || asset.brand_id !== brandId);
}

/** The bulk queue's action for a drop of several assets. */
export function actionFor(target: DropTarget): BulkAction {
  return target.kind === 'brand'
    ? { kind: 'link', brandId: target.brandId, brandName: target.brandName }
    : { kind: 'unlink' };
}

export const targetLabel = (target: DropTarget): string =>
  target.kind === 'brand' ? `brand ${target.brandName}` : 'Unassigned';

/** "Eco badge" for one asset, "12 assets" for a selection: the overlay and every announcement. */
export function dragLabel(ids: readonly string[], nameOf: (id: string) => string | undefined): string {
  return ids.length === 1 ? (nameOf(ids[0]!) ?? 'the asset') : plural(ids.length, 'asset');
}
