interface ProgressBarProps {
  label: string;
  total: number;
  done: number;
  failed: number;
}

const percent = (part: number, total: number) => `${(100 * part) / Math.max(total, 1)}%`;

/**
 * A bar in three parts: done, failed (in the destructive colour, never counted as progress made
 * good) and still to do. The legend under it says the same in words, so colour is not the only
 * signal.
 */
export function ProgressBar({ label, total, done, failed }: ProgressBarProps) {
  const pending = Math.max(total - done - failed, 0);
  return (
    <div className="flex flex-col gap-1">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={Math.max(total, 1)}
        aria-valuenow={done + failed}
        aria-valuetext={`${done} done, ${failed} failed, ${pending} to do`}
        className="flex h-2 w-full overflow-hidden rounded-full bg-muted"
      >
        <div data-segment="done" className="h-full bg-primary" style={{ width: percent(done, total) }} />
        <div data-segment="failed" className="h-full bg-destructive" style={{ width: percent(failed, total) }} />
      </div>
      <p aria-hidden="true" className="flex flex-wrap gap-x-4 text-xs text-muted-foreground">
        <span className="inline-flex items-center gap-1">
          <span className="size-2 rounded-full bg-primary" /> {done} done
        </span>
        {failed ? (
          <span className="inline-flex items-center gap-1 font-medium text-destructive">
            <span className="size-2 rounded-full bg-destructive" /> {failed} failed
          </span>
        ) : null}
        <span className="inline-flex items-center gap-1">
          <span className="size-2 rounded-full border bg-muted" /> {pending} to do
        </span>
      </p>
    </div>
  );
}
