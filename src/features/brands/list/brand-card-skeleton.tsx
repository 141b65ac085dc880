import { cn } from '@/components/ui/cn';
import { Skeleton } from '@/components/ui/skeleton';
import { BRAND_CARD_HEIGHT } from './brand-card';

/** A placeholder with the card's exact height and layout, so the grid does not move when data arrives. */
export function BrandCardSkeleton() {
  return (
    <div aria-hidden="true" className={cn('flex flex-col gap-3 rounded-lg border bg-card p-4', BRAND_CARD_HEIGHT)}>
      <Skeleton className="h-6 w-2/3" />
      <Skeleton className="-mt-2 h-5 w-1/3" />
      <Skeleton className="h-3 w-full" />
      <Skeleton className="h-11 w-3/4" />
      <div className="mt-auto flex h-12 gap-2">
        <Skeleton className="size-12" />
        <Skeleton className="size-12" />
        <Skeleton className="size-12" />
      </div>
    </div>
  );
}
