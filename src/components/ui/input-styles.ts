import { cn } from './cn';

/**
 * Text inputs, selects and textareas: one look, an error state through aria-invalid (not colour
 * alone: the message says it). Single-line controls are h-10, the height of a md button, so
 * filters and the buttons beside them line up.
 */
export function inputStyles(className?: string): string {
  return cn(
    'w-full rounded-md border [&:not(textarea)]:h-10 border-input bg-background px-3 py-2 text-sm placeholder:text-muted-foreground aria-invalid:border-destructive read-only:bg-muted disabled:opacity-60',
    className,
  );
}
