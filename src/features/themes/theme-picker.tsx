import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { Theme } from '@contract';
import { themeQueries } from '@/api/themes';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { RefreshNotice } from '@/components/ui/refresh-notice';
import { FieldError } from '@/components/ui/field-error';
import { inputStyles } from '@/components/ui/input-styles';
import { Skeleton } from '@/components/ui/skeleton';
import { ThemeOption } from './theme-option';

interface ThemePickerProps {
  org: string | undefined;
  /** The chosen theme id, or null. */
  value: string | null;
  onChange: (theme: Theme) => void;
  /** The search text; the caller keeps it (in the URL) so it survives a reload. */
  search: string;
  onSearchChange: (search: string) => void;
  /** Shown as the group's legend. */
  label?: string;
  /** Error text for the group, e.g. "Choose a theme" from a form. */
  error?: string;
}

function matches(theme: Theme, search: string): boolean {
  const needle = search.trim().toLowerCase();
  if (!needle) return true;
  return [theme.name, theme.font_primary ?? '', theme.font_secondary ?? ''].some((text) =>
    text.toLowerCase().includes(needle),
  );
}

/** A searchable grid of every theme of the scope, system and custom, as one radio group. */
export function ThemePicker({
  org,
  value,
  onChange,
  search,
  onSearchChange,
  label = 'Theme',
  error,
}: ThemePickerProps) {
  const id = useId();
  const themes = useQuery(themeQueries.list({ org }));
  const shown = themes.data?.filter((theme) => matches(theme, search)) ?? [];

  return (
    <fieldset className="flex min-w-0 flex-col gap-3" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="mb-2 text-sm font-medium">{label}</legend>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${id}-search`} className="text-sm text-muted-foreground">
          Search themes by name or font
        </label>
        <input
          id={`${id}-search`}
          type="search"
          value={search}
          onChange={(event) => onSearchChange(event.target.value)}
          className={inputStyles()}
          autoComplete="off"
        />
      </div>
      <FieldError id={`${id}-error`}>{error}</FieldError>
      {themes.isPending ? (
        <div className="grid gap-3 sm:grid-cols-2" aria-busy="true">
          <p role="status" className="sr-only">
            Loading themes…
          </p>
          {Array.from({ length: 6 }, (_, index) => (
            <Skeleton key={index} className="h-[5.75rem]" />
          ))}
        </div>
      ) : themes.isError && themes.data === undefined ? (
        <ErrorState
          title="The themes could not be loaded"
          error={themes.error}
          onRetry={() => void themes.refetch()}
          retrying={themes.isFetching}
        />
      ) : (
        <>
          <RefreshNotice query={themes} />
          <p role="status" className="text-sm text-muted-foreground">
            {shown.length === 0
              ? `No theme matches “${search.trim()}”.`
              : `${shown.length} of ${themes.data.length} themes`}
          </p>
          {shown.length === 0 ? (
            <div>
              <Button variant="outline" size="sm" onClick={() => onSearchChange('')}>
                Clear search
              </Button>
            </div>
          ) : (
            <div className="grid max-h-[28rem] gap-3 overflow-y-auto p-1 sm:grid-cols-2">
              {shown.map((theme) => (
                <ThemeOption
                  key={theme.id}
                  theme={theme}
                  name={`${id}-theme`}
                  checked={theme.id === value}
                  onChoose={onChange}
                />
              ))}
            </div>
          )}
        </>
      )}
    </fieldset>
  );
}
