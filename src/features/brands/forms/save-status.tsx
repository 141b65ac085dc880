import type { UseMutationResult } from '@tanstack/react-query';

/**
 * A polite live line under an inline editor: "Saving…", then "Saving failed, retrying…" while
 * the write policy retries (a failed write must show within a second). Errors go to a toast
 * and back into the editor, so there is nothing to say here afterwards.
 */
export function SaveStatus({
  mutation,
  what,
}: {
  mutation: Pick<UseMutationResult, 'isPending' | 'failureCount'>;
  what: string;
}) {
  const text = !mutation.isPending
    ? ''
    : mutation.failureCount > 0
      ? `Saving the ${what} failed, retrying…`
      : `Saving the ${what}…`;
  return (
    <p role="status" className="min-h-5 text-sm text-muted-foreground">
      {text}
    </p>
  );
}
