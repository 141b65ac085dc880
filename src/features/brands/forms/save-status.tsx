import type { UseMutationResult } from '@tanstack/react-query';
import { errorMessage } from '@/components/ui/error-state';

type Tracked = Pick<UseMutationResult, 'isPending' | 'failureCount'> &
  Partial<Pick<UseMutationResult, 'status' | 'isPaused'>> & { error?: unknown };

/**
 * A polite live line beside an inline editor: "Saving…", then "Saving failed, retrying…" while
 * the write policy retries (a failed write must show within a second). With `outcome`, the line
 * then says how it ended, where the user is looking: "Saved", or "Not saved: <why>" once the
 * change was rolled back (the text goes back into the editor and a toast says the same).
 */
export function SaveStatus({ mutation, what, outcome = false }: { mutation: Tracked; what: string; outcome?: boolean }) {
  let text = '';
  // Paused: offline, or queued behind another write to the same brand.
  if (mutation.isPending) {
    if (mutation.isPaused) text = `Waiting to save the ${what}…`;
    else if (mutation.failureCount > 0) text = `Saving the ${what} failed, retrying…`;
    else text = `Saving the ${what}…`;
  } else if (outcome && mutation.status === 'success') {
    text = 'Saved';
  } else if (outcome && mutation.status === 'error') {
    text = `Not saved: ${errorMessage(mutation.error)}`;
  }
  return (
    <p role="status" className="min-h-5 text-sm text-muted-foreground">
      {text}
    </p>
  );
}
