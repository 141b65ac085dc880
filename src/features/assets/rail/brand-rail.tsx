import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { errorMessage } from '@/components/ui/error-state';
import { inputStyles } from '@/components/ui/input-styles';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { useDebouncedUrlText } from '@/hooks/use-debounced-url-text';
import type { useScopeBrands } from '../use-scope-brands';
import { RailTarget } from './rail-target';
import { useRailParams } from './use-rail-params';

interface BrandRailProps {
  brands: ReturnType<typeof useScopeBrands>;
}

const UNASSIGNED = { kind: 'unassigned' } as const;

/**
 * The drop targets beside the grid: "Unassigned" and every brand of the scope with its linked
 * count, filtered by name over the brands loaded so far (they load page after page). Sticky, so
 * it stays in view while the grid scrolls under a drag; on a phone it folds into a button.
 */
export function BrandRail({ brands }: BrandRailProps) {
  const id = useId();
  const rail = useRailParams();
  const [text, setText] = useDebouncedUrlText(rail.filter, rail.setFilter, 200);
  const needle = text.trim().toLowerCase();
  const shown = useMemo(
    () => (needle ? brands.brands.filter((b) => b.name.toLowerCase().includes(needle)) : brands.brands),
    [brands.brands, needle],
  );
  return (
    <aside
      aria-label="Brand rail"
      className="flex flex-col gap-3 rounded-lg border bg-card p-3 md:sticky md:top-4 md:max-h-[calc(100dvh-2rem)] md:w-60 md:shrink-0"
    >
      <div className="flex items-center justify-between gap-2">
        <h2 className="text-sm font-semibold">Drop on a brand</h2>
        <Button
          variant="outline"
          size="sm"
          className="md:hidden"
          aria-expanded={rail.open}
          aria-controls={`${id}-body`}
          onClick={() => rail.setOpen(!rail.open)}
        >
          {rail.open ? 'Hide brands' : 'Show brands'}
        </Button>
      </div>
      <div id={`${id}-body`} className={cn('min-h-0 flex-col gap-3', rail.open ? 'flex' : 'hidden md:flex')}>
        <p className="text-xs text-muted-foreground">Drag cards here to link them, or onto Unassigned to unlink.</p>
        <label htmlFor={`${id}-filter`} className="sr-only">
          Filter brands
        </label>
        <input
          id={`${id}-filter`}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="Filter brands"
          autoComplete="off"
          maxLength={100}
          className={inputStyles()}
        />
        {/* A focusable region: the list scrolls on its own, and keyboard users must be able to scroll it. */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take focus (axe scrollable-region-focusable) */}
        <div role="region" aria-label="Drop targets" tabIndex={0} className="min-h-0 overflow-y-auto rounded-md">
          <ul className="flex flex-col gap-1.5">
            <RailTarget target={UNASSIGNED} />
            {shown.map((brand) => (
              <RailTarget
                key={brand.id}
                target={{ kind: 'brand', brandId: brand.id, brandName: brand.name }}
                count={brand.assets.length}
              />
            ))}
          </ul>
        </div>
        <RailStatus brands={brands} filtered={needle !== ''} matches={shown.length} />
      </div>
    </aside>
  );
}

function RailStatus({
  brands,
  filtered,
  matches,
}: {
  brands: BrandRailProps['brands'];
  filtered: boolean;
  matches: number;
}) {
  if (brands.isError) {
    return (
      // Not an alert: the page's own error state speaks for a failed scope; this is the side rail's note.
      <div className="flex flex-col items-start gap-2 text-sm">
        <p>Brands could not load: {errorMessage(brands.error)}</p>
        <Button variant="outline" size="sm" onClick={() => void brands.refetch()}>
          Retry
        </Button>
      </div>
    );
  }
  if (brands.isPending) {
    return (
      <div className="flex flex-col gap-1.5">
        <p className="text-xs text-muted-foreground">Loading brands…</p>
        {brands.brands.length === 0 ? (
          <>
            <Skeleton className="h-11" />
            <Skeleton className="h-11" />
            <Skeleton className="h-11" />
          </>
        ) : null}
      </div>
    );
  }
  if (brands.brands.length === 0) {
    return (
      <p className="text-sm">
        No brands yet.{' '}
        <Link to={paths.brandNew.href()} className="font-medium text-primary underline">
          Create a brand
        </Link>
      </p>
    );
  }
  return filtered && matches === 0 ? <p className="text-sm text-muted-foreground">No brand matches.</p> : null;
}
