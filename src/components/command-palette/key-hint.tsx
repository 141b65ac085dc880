import { Fragment } from 'react';

/** Keys as the user presses them: `Ctrl+K` together, `g then b` one after the other. */
export function KeyHint({ keys, sequence = false }: { keys: readonly string[]; sequence?: boolean }) {
  return (
    <span className="flex shrink-0 items-center gap-1 text-xs text-muted-foreground">
      {keys.map((key, index) => (
        <Fragment key={index}>
          {index > 0 ? <span>{sequence ? 'then' : '+'}</span> : null}
          <kbd className="rounded border border-input bg-background px-1.5 py-0.5 font-mono text-foreground">{key}</kbd>
        </Fragment>
      ))}
    </span>
  );
}
