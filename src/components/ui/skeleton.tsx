import { cn } from './cn';

/**
 * A grey placeholder block. Give it the final element's size (className) so nothing moves when
 * the content arrives (zero layout shift). Hidden from assistive technology: the surrounding
 * region announces the loading state once, in words.
 */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cn('animate-pulse rounded-md bg-muted', className)} />;
}
