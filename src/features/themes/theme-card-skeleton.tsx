import { cn } from '@/components/ui/cn';
import { Skeleton } from '@/components/ui/skeleton';
import { THEME_CARD_HEIGHT } from './theme-card';

/** A placeholder with the card's exact height and layout, so the grid does not move when data arrives. */
export function ThemeCardSkeleton() {
  return (
    <div aria-hidden="true" className={cn('flex flex-col gap-3 rounded-lg border bg-card p-4', THEME_CARD_HEIGHT)}>
      <div className="flex justify-between gap-2">
        <Skeleton className="h-6 w-1/2" />
        <Skeleton className="h-5 w-16 rounded-full" />
      </div>
      <Skeleton className="h-8 w-full" />
      <Skeleton className="h-12 w-3/4" />
      <Skeleton className="h-5 w-1/2" />
      <div className="mt-auto flex gap-2">
        <Skeleton className="h-8 w-16" />
        <Skeleton className="h-8 w-24" />
        <Skeleton className="h-8 w-20" />
      </div>
    </div>
  );
}
