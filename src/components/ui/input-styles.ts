import { cn } from './cn';

/** Text inputs and textareas: one look, an error state through aria-invalid (not colour alone: the message says it). */
export function inputStyles(className?: string): string {
  return cn(
    'w-full rounded-md border border-input bg-background px-3 py-2 text-sm placeholder:text-muted-foreground aria-invalid:border-destructive read-only:bg-muted disabled:opacity-60',
    className,
  );
}
