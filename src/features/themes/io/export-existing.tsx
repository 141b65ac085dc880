import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { themeQueries } from '@/api/themes';
import { ErrorState } from '@/components/ui/error-state';
import { inputStyles } from '@/components/ui/input-styles';
import { Skeleton } from '@/components/ui/skeleton';
import { ExportPanel } from './export-panel';

/**
 * Export a theme that already exists (a system theme, or one saved earlier) in any format: the
 * choice lives in the URL (`?export=<theme id>`), like every open panel.
 */
export function ExportExisting({ org }: { org: string | undefined }) {
  const id = useId();
  const [params, setParams] = useSearchParams();
  const chosenId = params.get('export') ?? '';
  const themes = useQuery(themeQueries.list({ org }));
  const chosen = themes.data?.find((theme) => theme.id === chosenId) ?? null;
  const choose = (next: string) =>
    setParams(
      (prev) => {
        const copy = new URLSearchParams(prev);
        if (next) copy.set('export', next);
        else copy.delete('export');
        return copy;
      },
      { replace: true, preventScrollReset: true },
    );

  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-4 border-t pt-6">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        Export an existing theme
      </h2>
      {themes.isPending ? (
        <div role="status" aria-label="Loading themes" className="flex flex-col gap-1.5">
          <Skeleton className="h-5 w-24" />
          <Skeleton className="h-10 w-80" />
        </div>
      ) : themes.isError && !themes.data ? (
        <ErrorState title="The themes could not be loaded" error={themes.error} onRetry={() => void themes.refetch()} retrying={themes.isFetching} />
      ) : themes.data.length === 0 ? (
        <p className="text-sm text-muted-foreground">This scope has no themes to export yet: import one above.</p>
      ) : (
        <>
          <div className="flex flex-col gap-1.5">
            <label htmlFor={`${id}-theme`} className="text-sm font-medium">
              Theme to export
            </label>
            <select id={`${id}-theme`} value={chosen ? chosen.id : ''} onChange={(event) => choose(event.target.value)} className={inputStyles('w-80 max-w-full')}>
              <option value="">Choose a theme…</option>
              {themes.data.map((theme) => (
                <option key={theme.id} value={theme.id}>
                  {theme.name} ({theme.is_custom ? 'custom' : 'system'})
                </option>
              ))}
            </select>
            {chosenId && !chosen ? (
              <p role="alert" className="text-sm text-destructive">
                No theme with the id “{chosenId}” in this scope; choose another.
              </p>
            ) : null}
          </div>
          {chosen ? <ExportPanel key={chosen.id} draft={chosen} /> : null}
        </>
      )}
    </section>
  );
}
