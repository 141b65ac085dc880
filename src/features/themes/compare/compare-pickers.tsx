import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { themeQueries } from '@/api/themes';
import { ErrorState } from '@/components/ui/error-state';
import { inputStyles } from '@/components/ui/input-styles';
import { Skeleton } from '@/components/ui/skeleton';

interface ComparePickersProps {
  org: string | undefined;
  a: string | null;
  b: string | null;
  onChange: (side: 'a' | 'b', id: string) => void;
}

const SIDES = [
  { side: 'a', label: 'Theme A' },
  { side: 'b', label: 'Theme B' },
] as const;

/**
 * The two themes to compare, as native selects (keyboard and screen readers for free); the
 * choice lives in the URL (`?a=&b=`), the caller writes it there.
 */
export function ComparePickers({ org, a, b, onChange }: ComparePickersProps) {
  const id = useId();
  const themes = useQuery(themeQueries.list({ org }));
  if (themes.isPending) {
    return (
      <div className="grid gap-4 sm:grid-cols-2" aria-busy="true">
        <p role="status" className="sr-only">
          Loading themes…
        </p>
        <Skeleton className="h-[4.125rem]" />
        <Skeleton className="h-[4.125rem]" />
      </div>
    );
  }
  if (themes.isError && themes.data === undefined) {
    return (
      <ErrorState
        title="The themes could not be loaded"
        error={themes.error}
        onRetry={() => void themes.refetch()}
        retrying={themes.isFetching}
      />
    );
  }
  const values = { a, b };
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {SIDES.map(({ side, label }) => {
        const value = values[side];
        // A deep link may name a theme the list does not hold (another scope): keep it selectable.
        const known = value === null || themes.data.some((t) => t.id === value);
        return (
          <div key={side} className="flex flex-col gap-1.5">
            <label htmlFor={`${id}-${side}`} className="text-sm font-medium">
              {label}
            </label>
            <select
              id={`${id}-${side}`}
              value={value ?? ''}
              onChange={(event) => onChange(side, event.target.value)}
              className={inputStyles()}
            >
              <option value="" disabled>
                Pick a theme
              </option>
              {known ? null : <option value={value}>{value}</option>}
              {themes.data.map((theme) => (
                <option key={theme.id} value={theme.id}>
                  {theme.name}
                  {theme.is_custom ? '' : ' (system)'}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </div>
  );
}
