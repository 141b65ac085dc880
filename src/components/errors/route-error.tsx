import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { isApiError } from '@/api/api-error';
import { Button } from '@/components/ui/button';
import { buttonStyles } from '@/components/ui/button-styles';
import { paths } from '@/config/paths';

/**
 * A route's error view: rendered inside the app shell, so the header and navigation keep
 * working and the user can leave. A failed lazy import (a new deploy removed the old chunk)
 * lands here too; reloading fetches the new build.
 */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `The server answered ${error.status} ${error.statusText}.`
    : isApiError(error)
      ? error.message
      : 'An unexpected error stopped this screen from loading.';
  return (
    <div role="alert" className="flex max-w-lg flex-col gap-4">
      <title>Error · Brandkit Studio</title>
      <h1 className="text-2xl font-semibold">This screen could not load</h1>
      <p className="text-muted-foreground">{message}</p>
      <div className="flex flex-wrap gap-3">
        <Button onClick={() => window.location.reload()}>Reload the page</Button>
        <Link to={paths.brands.href()} className={buttonStyles('outline')}>
          Go to brands
        </Link>
      </div>
    </div>
  );
}
