import type { ReactNode } from 'react';
import { isApiError } from '@/api/api-error';
import { Button } from './button';
import { cn } from './cn';

interface ErrorStateProps {
  title: string;
  error: unknown;
  onRetry?: () => void;
  /** True while the retry runs: the button says so instead of vanishing. */
  retrying?: boolean;
  /** Extra actions beside Retry, e.g. a link back to the list. */
  actions?: ReactNode;
  className?: string;
}

/** Plain-language text for any error; server messages are shown as text, never as HTML. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.message;
  return 'Something unexpected went wrong.';
}

/**
 * A failed load: what failed, why (the API's message), and a retry that works by keyboard.
 * role="alert" announces it when it appears, so screen-reader users hear the failure.
 */
export function ErrorState({ title, error, onRetry, retrying = false, actions, className }: ErrorStateProps) {
  return (
    <div
      role="alert"
      className={cn('flex flex-col items-start gap-3 rounded-lg border border-destructive/40 p-6', className)}
    >
      <h2 className="text-lg font-semibold">{title}</h2>
      <p className="text-sm text-muted-foreground">{errorMessage(error)}</p>
      <div className="flex flex-wrap gap-3">
        {onRetry ? (
          <Button variant="outline" onClick={onRetry} disabled={retrying}>
            {retrying ? 'Retrying…' : 'Retry'}
          </Button>
        ) : null}
        {actions}
      </div>
    </div>
  );
}
