import { Skeleton } from '@/components/ui/skeleton';

/** The compare view while the two themes load: the tables' and the preview's final size. */
export function CompareSkeleton() {
  return (
    <div className="flex flex-col gap-8" aria-busy="true">
      <p role="status" className="sr-only">
        Loading the two themes…
      </p>
      <Skeleton className="h-[38rem]" />
      <Skeleton className="h-[34rem]" />
      <div className="grid gap-4 lg:grid-cols-2">
        <Skeleton className="h-[34rem]" />
        <Skeleton className="h-[34rem]" />
      </div>
    </div>
  );
}
