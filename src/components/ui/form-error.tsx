/** A form-wide error (one no field owns, e.g. a network failure), announced when it appears. */
export function FormError({ message, className }: { message: string | undefined; className?: string }) {
  if (!message) return null;
  return (
    <p
      role="alert"
      className={className ?? 'rounded-md border border-destructive/40 p-3 text-sm font-medium text-destructive'}
    >
      {message}
    </p>
  );
}
