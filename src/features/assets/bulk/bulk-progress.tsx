import type { BulkSnapshot } from '@/lib/bulk-queue';
import { Button } from '@/components/ui/button';
import { errorMessage } from '@/components/ui/error-state';
import { ProgressBar } from './progress-bar';
import type { BulkResult, BulkRun } from './use-bulk-run';

interface BulkProgressProps {
  run: BulkRun;
  snapshot: BulkSnapshot<string, BulkResult>;
  nameOf: (id: string) => string;
  /** A line about the selection, e.g. assets the run moved out of the filter. */
  note?: string | null;
  onRetryFailed: () => void;
  onUndo: () => void;
  onDismiss: () => void;
}

/** Failures listed by name are capped; the count above says how many there are in all. */
const MAX_LISTED = 8;

/**
 * Where a bulk action stands: a bar of done, failed and pending items, counts, the failures with their reasons, and the
 * next steps (Retry failed, Undo, Dismiss). Screen readers hear the outcome through the
 * library's live region, not every tick of the bar.
 */
export function BulkProgress({ run, snapshot, nameOf, note, onRetryFailed, onUndo, onDismiss }: BulkProgressProps) {
  const { total, done, failed, pausedUntil, settled } = snapshot;
  const finished = run.phase === 'settled' || run.phase === 'undone';
  const changed = run.queue.getSnapshot().items.some((i) => i.status === 'done' && i.result?.changed);
  const failures = snapshot.items.filter((i) => i.status === 'failed');
  return (
    <section aria-label="Bulk action progress" className="flex flex-col gap-3 rounded-lg border bg-card p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-base font-semibold">{run.title}</h2>
        <p className="text-sm text-muted-foreground">
          {run.phase === 'waiting'
            ? 'Deleting in a few seconds…'
            : `${done} of ${total} done${failed ? `, ${failed} failed` : ''}${settled ? '' : '…'}`}
        </p>
      </div>
      <ProgressBar label={`${run.title}: progress`} total={total} done={done} failed={failed} />
      {note ? <p className="text-sm">{note}</p> : null}
      {pausedUntil !== null ? (
        <p className="text-sm text-muted-foreground">The server asked us to slow down; continuing shortly.</p>
      ) : null}
      {failures.length > 0 && settled ? (
        <ul aria-label="Failed items" className="flex flex-col gap-1 text-sm">
          {failures.slice(0, MAX_LISTED).map((item) => (
            <li key={item.key}>
              <span className="font-medium">{nameOf(item.key)}</span>: {errorMessage(item.error)}
            </li>
          ))}
          {failures.length > MAX_LISTED ? <li>…and {failures.length - MAX_LISTED} more.</li> : null}
        </ul>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {run.phase === 'waiting' ? <Button onClick={onUndo}>Undo</Button> : null}
        {finished && failed > 0 ? (
          <Button variant="outline" onClick={onRetryFailed}>
            Retry failed
          </Button>
        ) : null}
        {run.phase === 'settled' && run.action.kind !== 'delete' && changed ? (
          <Button variant="outline" onClick={onUndo}>
            Undo
          </Button>
        ) : null}
        {finished ? (
          <Button variant="ghost" onClick={onDismiss}>
            Dismiss
          </Button>
        ) : null}
      </div>
    </section>
  );
}
