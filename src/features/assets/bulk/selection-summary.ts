import { formatCount } from '@/lib/format-count';
import { plural } from '../format';

interface SummaryInput {
  kind: 'ids' | 'all';
  /** Selected ids, or for "all matching" every matching asset once walked. */
  count: number;
  walk: { status: 'walking' | 'done' | 'error'; count: number } | null;
  /** Selected assets the grid does not show right now. */
  hidden: number;
  searching: boolean;
}

/**
 * "12 assets selected, 4 not shown by this search": no action applies to assets the user cannot
 * see without the bar saying how many.
 */
export function selectionSummary({ kind, count, walk, hidden, searching }: SummaryInput): string {
  const base =
    kind === 'ids'
      ? `${plural(count, 'asset')} selected`
      : walk?.status === 'done'
        ? `All ${plural(walk.count, 'matching asset')} selected`
        : walk?.status === 'error'
          ? `Selecting stopped after ${plural(walk.count, 'asset')}`
          : `Selecting all matching… ${walk?.count ?? 0} found`;
  if (hidden === 0) return base;
  return `${base}, ${formatCount(hidden)} not shown ${searching ? 'by this search' : '(not loaded)'}`;
}
