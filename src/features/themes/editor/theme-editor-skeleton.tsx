import { Skeleton } from '@/components/ui/skeleton';

/** The editor's layout while its theme loads: the title, the toolbar, the controls and the preview. */
export function ThemeEditorSkeleton() {
  return (
    <div aria-busy="true" className="flex flex-col gap-6">
      <p role="status" className="sr-only">
        Loading the theme…
      </p>
      <div className="flex justify-between gap-3">
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-8 w-80" />
      </div>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,28rem)_minmax(0,1fr)]">
        <div className="flex flex-col gap-3">
          <Skeleton className="h-16 w-full" />
          {Array.from({ length: 8 }, (_, i) => (
            <Skeleton key={i} className="h-10 w-full" />
          ))}
        </div>
        <Skeleton className="h-[32rem] w-full" />
      </div>
    </div>
  );
}
