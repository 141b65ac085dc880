import { Link } from 'react-router';
import { paths } from '@/config/paths';

export function NotFoundRoute() {
  return (
    <div className="flex flex-col gap-3">
      <title>Page not found · Brandkit Studio</title>
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-muted-foreground">There is nothing at this address. It may have moved or been deleted.</p>
      <p>
        <Link to={paths.brands.href()} className="font-medium text-primary underline underline-offset-4">
          Go to brands
        </Link>
      </p>
    </div>
  );
}
