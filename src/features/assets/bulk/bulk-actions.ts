import type { Asset, AssetUpdate, UsageMode } from '@contract';
import { pickFields } from '@/api/optimistic';
import { plural, USAGE_LABELS } from '../format';

export type BulkAction =
  | { kind: 'usage'; usage: UsageMode }
  | { kind: 'add-tag'; tag: string }
  | { kind: 'remove-tag'; tag: string }
  | { kind: 'link'; brandId: string; brandName: string }
  | { kind: 'unlink' }
  | { kind: 'delete' };

/** What one item's write looks like given its current state, or null when it already matches. */
export function patchFor(action: BulkAction, current: Asset): AssetUpdate | null {
  switch (action.kind) {
    case 'usage':
      return current.usage_mode === action.usage ? null : { usage_mode: action.usage };
    case 'add-tag':
      // Tags are replaced wholesale: the new list is built from the tags just read.
      return current.tags.includes(action.tag) ? null : { tags: [...current.tags, action.tag] };
    case 'remove-tag':
      return current.tags.includes(action.tag) ? { tags: current.tags.filter((t) => t !== action.tag) } : null;
    case 'link':
      return current.brand_id === action.brandId ? null : { brand_id: action.brandId };
    case 'unlink':
      return current.brand_id === null ? null : { brand_id: null };
    case 'delete':
      return null;
  }
}

/** Undo puts back all three fields a bulk action can touch, exactly as they were read. */
export function undoPatch(before: Asset): AssetUpdate {
  return pickFields(before, ['brand_id', 'usage_mode', 'tags']);
}

/** "Link 25 assets to Acme" — the progress heading and the announcement. */
export function describeAction(action: BulkAction, count: number): string {
  const n = plural(count, 'asset');
  switch (action.kind) {
    case 'usage':
      return `Set ${n} to “${USAGE_LABELS[action.usage]}”`;
    case 'add-tag':
      return `Add tag “${action.tag}” to ${n}`;
    case 'remove-tag':
      return `Remove tag “${action.tag}” from ${n}`;
    case 'link':
      return `Link ${n} to ${action.brandName}`;
    case 'unlink':
      return `Unlink ${n} from their brands`;
    case 'delete':
      return `Delete ${n}`;
  }
}
