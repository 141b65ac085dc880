import { isApiError } from '@/api/api-error';
import { Button } from '@/components/ui/button';
import type { ErrorFallbackProps } from './error-boundary';

/**
 * Shown by the top-level boundary, which sits outside the router, so it uses plain buttons and
 * no router links. The message is rendered as text; server messages are never HTML.
 */
export function ErrorFallback({ error, reset }: ErrorFallbackProps) {
  const detail = isApiError(error) ? error.message : 'An unexpected error stopped this screen from rendering.';
  return (
    <div role="alert" className="mx-auto flex max-w-lg flex-col gap-4 px-4 py-16">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="text-muted-foreground">{detail}</p>
      <div className="flex gap-3">
        <Button onClick={reset}>Try again</Button>
        <Button variant="outline" onClick={() => window.location.reload()}>
          Reload the page
        </Button>
      </div>
    </div>
  );
}
