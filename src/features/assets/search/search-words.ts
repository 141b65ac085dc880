import { plural } from '../format';

export interface SearchProgress {
  matches: number;
  /** Assets searched so far: the loaded pages plus what "keep searching" read. */
  searched: number;
  /** Every asset of the filters was searched (all pages loaded, or a walk reached the end). */
  complete: boolean;
  /** The walk through later pages, if one was asked for. */
  walk: 'walking' | 'stopped' | 'done' | 'error' | null;
}

const matchesText = (n: number) => plural(n, 'match', 'matches');

/**
 * What was searched, honestly: the API gives no total, so nothing here claims one. Before the
 * walk reaches the end, the words say that later assets were not searched.
 */
export function searchSummary({ matches, searched, complete, walk }: SearchProgress): string {
  if (walk === 'walking')
    return `Searching… ${plural(searched, 'asset')} searched so far, ${matchesText(matches)} found.`;
  if (complete) return `${matchesText(matches)} among all ${plural(searched, 'asset')}.`;
  const shown = `Showing ${matchesText(matches)} among the ${plural(searched, 'asset')}`;
  if (walk === 'stopped') return `Stopped. ${shown} searched; later assets were not searched.`;
  if (walk === 'error') return `More assets could not load. ${shown} searched; later assets were not searched.`;
  return `${shown} loaded; later assets were not searched.`;
}

/** The empty result's heading. */
export function noMatchTitle({ searched, complete, walk }: SearchProgress): string {
  if (walk === 'walking') return 'No matches yet';
  if (complete) return `No matches among all ${plural(searched, 'asset')}`;
  return walk
    ? `No matches in the ${plural(searched, 'asset')} searched`
    : `No matches in the ${plural(searched, 'asset')} loaded`;
}

/** "3 selected assets no longer match this filter and were deselected." */
export function deselectedNote(count: number, reason: 'filter' | 'search' | 'filter or search'): string {
  const verb = count === 1 ? 'matches' : 'match';
  return `${plural(count, 'selected asset')} no longer ${verb} this ${reason} and ${count === 1 ? 'was' : 'were'} deselected.`;
}
