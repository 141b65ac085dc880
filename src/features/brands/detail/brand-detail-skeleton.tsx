import { Skeleton } from '@/components/ui/skeleton';

/** The detail page's layout in grey while the brand loads. */
export function BrandDetailSkeleton() {
  return (
    <div aria-busy="true" className="flex flex-col gap-8">
      <p role="status" className="sr-only">
        Loading brand…
      </p>
      <div className="flex flex-col gap-3">
        <Skeleton className="h-9 w-2/3 max-w-md" />
        <Skeleton className="h-5 w-72" />
        <Skeleton className="h-5 w-48" />
        <Skeleton className="h-8 w-96 max-w-full" />
      </div>
      <Skeleton className="h-24 w-full" />
      <Skeleton className="h-80 w-full" />
      <Skeleton className="h-96 w-full" />
    </div>
  );
}
