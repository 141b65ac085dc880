import * as Popover from '@radix-ui/react-popover';
import { useId, useState, type KeyboardEvent } from 'react';
import type { BrandChoice } from '@/lib/use-brand-name-index';
import { buttonStyles } from '@/components/ui/button-styles';
import { inputStyles } from '@/components/ui/input-styles';

interface BrandPickerProps {
  brands: readonly BrandChoice[];
  loading: boolean;
  failed: boolean;
  onRetry: () => void;
  value: string | undefined;
  onChange: (brand: BrandChoice | undefined) => void;
  /** The trigger's visible text when nothing is chosen, e.g. "Any brand". */
  placeholder: string;
  /** Offer a "no brand" choice (clears the value) with this text. */
  clearLabel?: string;
  /** Accessible name of the trigger, e.g. "Brand filter". */
  label: string;
  disabled?: boolean;
}

/**
 * A searchable list of the scope's brands in a non-modal popover (Radix's modal variant locks
 * scrolling with an injected <style>, which the CSP refuses). Typing filters; Arrow Down moves
 * from the search box into the list; Escape closes and returns focus to the trigger.
 */
export function BrandPicker(props: BrandPickerProps) {
  const { brands, loading, failed, onRetry, value, onChange, placeholder, clearLabel, label, disabled } = props;
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const listId = useId();
  const current = brands.find((b) => b.id === value);
  const needle = search.trim().toLowerCase();
  const shown = needle ? brands.filter((b) => b.name.toLowerCase().includes(needle)) : brands;

  const choose = (brand: BrandChoice | undefined) => {
    onChange(brand);
    setOpen(false);
    setSearch('');
  };
  const onListKey = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const options = [...document.querySelectorAll<HTMLButtonElement>(`[data-picker="${listId}"]`)];
    const at = options.indexOf(document.activeElement as HTMLButtonElement);
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, options.length - 1) : at - 1;
    if (next < 0) document.getElementById(`${listId}-search`)?.focus();
    else options[next]?.focus();
  };

  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger
        aria-label={`${label}: ${current?.name ?? placeholder}`}
        disabled={disabled}
        className={buttonStyles('outline', 'md', 'max-w-64 justify-between')}
      >
        <span className="truncate">{current?.name ?? (value ? 'Unknown brand' : placeholder)}</span>
        <span aria-hidden="true">▾</span>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="start"
          sideOffset={4}
          onKeyDown={onListKey}
          className="z-50 flex w-72 flex-col gap-2 rounded-lg border bg-background p-2 text-foreground shadow-lg"
        >
          <label htmlFor={`${listId}-search`} className="sr-only">
            Search brands
          </label>
          <input
            id={`${listId}-search`}
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder="Search brands"
            autoComplete="off"
            className={inputStyles()}
          />
          <div id={listId} role="group" aria-label="Brands" className="flex max-h-64 flex-col overflow-y-auto">
            {clearLabel ? (
              <Option listId={listId} label={clearLabel} chosen={!value} onClick={() => choose(undefined)} />
            ) : null}
            {shown.map((brand) => (
              <Option
                key={brand.id}
                listId={listId}
                label={brand.name}
                chosen={brand.id === value}
                onClick={() => choose(brand)}
              />
            ))}
            {loading ? <p className="px-2 py-1.5 text-sm text-muted-foreground">Loading brands…</p> : null}
            {!loading && shown.length === 0 ? (
              <p className="px-2 py-1.5 text-sm text-muted-foreground">
                {needle ? 'No brand matches.' : 'This scope has no brands yet.'}
              </p>
            ) : null}
            {failed ? (
              <p role="alert" className="flex items-center gap-2 px-2 py-1.5 text-sm">
                Brands could not load.
                <button type="button" onClick={onRetry} className="font-medium text-primary underline">
                  Retry
                </button>
              </p>
            ) : null}
          </div>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

function Option({
  listId,
  label,
  chosen,
  onClick,
}: {
  listId: string;
  label: string;
  chosen: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      data-picker={listId}
      aria-pressed={chosen}
      onClick={onClick}
      className="flex items-center justify-between gap-2 rounded-md px-2 py-1.5 text-left text-sm hover:bg-muted aria-pressed:font-semibold"
    >
      <span className="truncate">{label}</span>
      {chosen ? <span aria-hidden="true">✓</span> : null}
    </button>
  );
}
