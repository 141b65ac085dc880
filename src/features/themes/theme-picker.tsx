import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef } from 'react';
import type { Theme } from '@contract';
import { themeQueries } from '@/api/themes';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { RefreshNotice } from '@/components/ui/refresh-notice';
import { FieldError } from '@/components/ui/field-error';
import { inputStyles } from '@/components/ui/input-styles';
import { Skeleton } from '@/components/ui/skeleton';
import { cn } from '@/components/ui/cn';
import { useDebouncedUrlText } from '@/hooks/use-debounced-url-text';
import { ThemeOption } from './theme-option';

interface ThemePickerProps {
  org: string | undefined;
  /** The chosen theme id, or null. */
  value: string | null;
  onChange: (theme: Theme) => void;
  /**
   * The search as the caller keeps it (in the URL, so it survives a reload). The field keeps its
   * own text and reports it here debounced: typing never waits for a navigation.
   */
  search: string;
  onSearchChange: (search: string) => void;
  /** The theme in use now: listed first and marked "Current". */
  currentId?: string | null;
  /** One column whose height follows the window (beside a preview), instead of a 28rem grid. */
  fill?: boolean;
  /** Focus the search field when the picker appears (it was opened on purpose). */
  focusSearch?: boolean;
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

/** The current theme first, the others in the API's order. */
function currentFirst(themes: Theme[], currentId: string | null): Theme[] {
  const current = themes.find((theme) => theme.id === currentId);
  return current ? [current, ...themes.filter((theme) => theme !== current)] : themes;
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
  currentId = null,
  fill = false,
  focusSearch = false,
}: ThemePickerProps) {
  const id = useId();
  const themes = useQuery(themeQueries.list({ org }));
  const [text, setText] = useDebouncedUrlText(search, onSearchChange);
  const shown = currentFirst(themes.data?.filter((theme) => matches(theme, text)) ?? [], currentId);
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // No scroll here: the caller decides what comes into view (the picker and its preview together).
    if (focusSearch) searchRef.current?.focus({ preventScroll: true });
  }, [focusSearch]);

  return (
    <fieldset
      className="flex min-w-0 flex-col gap-3"
      aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="mb-2 text-sm font-medium">{label}</legend>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${id}-search`} className="text-sm text-muted-foreground">
          Search themes by name or font
        </label>
        <input
          ref={searchRef}
          id={`${id}-search`}
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
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
              ? `No theme matches “${text.trim()}”.`
              : `${shown.length} of ${themes.data.length} themes`}
          </p>
          {shown.length === 0 ? (
            <div>
              <Button variant="outline" size="sm" onClick={() => {
                  setText('');
                  // The button goes away with the empty result: keep focus in the picker.
                  searchRef.current?.focus();
                }}>
                Clear search
              </Button>
            </div>
          ) : (
            <div
              className={cn(
                // minmax(0, 1fr) columns: a long theme name truncates instead of widening the column.
                'grid grid-cols-1 content-start gap-3 overflow-y-auto p-1',
                // A fieldset's content box cannot hand a flexible height down, hence a height from
                // the window: what is left of it beside the search, the legend and the Save bar.
                fill ? 'max-h-[45dvh] lg:max-h-[calc(100dvh-24rem)]' : 'max-h-[28rem] sm:grid-cols-2',
              )}
            >
              {shown.map((theme) => (
                <ThemeOption
                  key={theme.id}
                  theme={theme}
                  name={`${id}-theme`}
                  checked={theme.id === value}
                  current={theme.id === currentId}
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
