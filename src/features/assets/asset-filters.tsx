import { memo, useId, type ReactNode } from 'react';
import { ASSET_TYPES, type AssetType } from '@contract';
import type { AssetFilters as Filters } from '@/api/assets';
import { Button } from '@/components/ui/button';
import { inputStyles } from '@/components/ui/input-styles';
import { BrandPicker } from './bulk/brand-picker';
import { TYPE_LABELS } from './format';
import { hasFilters, type FilterPatch } from './library-params';
import type { BrandChoices } from './use-scope-brands';

interface AssetFiltersProps {
  filters: Filters;
  brands: BrandChoices;
  onChange: (patch: FilterPatch) => void;
  onClear: () => void;
  /** The search field, first in the row. */
  children?: ReactNode;
}

const SELECT = inputStyles('w-auto min-w-36');

/**
 * Search, type, brand and "unassigned"; the scope (`org`) is the header's switcher, the same URL
 * parameter. Each change is a URL change, so reload and Back keep it. Memoised: a drop or a page
 * of assets leaves it alone.
 */
export const AssetFilters = memo(function AssetFilters({
  filters,
  brands,
  onChange,
  onClear,
  children,
}: AssetFiltersProps) {
  const id = useId();
  return (
    <div role="search" aria-label="Search and filter assets" className="flex flex-wrap items-end gap-3">
      {children}
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-type`} className="text-sm font-medium">
          Type
        </label>
        <select
          id={`${id}-type`}
          value={filters.type ?? ''}
          onChange={(e) => onChange({ type: (e.target.value || null) as AssetType | null })}
          className={SELECT}
        >
          <option value="">All types</option>
          {ASSET_TYPES.map((type) => (
            <option key={type} value={type}>
              {TYPE_LABELS[type]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <span className="text-sm font-medium" aria-hidden="true">
          Brand
        </span>
        <BrandPicker
          label="Brand filter"
          placeholder="Any brand"
          clearLabel="Any brand"
          brands={brands.brands}
          loading={brands.isPending}
          failed={brands.isError}
          onRetry={() => void brands.refetch()}
          value={filters.brand_id}
          onChange={(brand) => onChange({ brand_id: brand?.id ?? null })}
        />
      </div>
      <label className="flex h-10 items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={Boolean(filters.unassigned)}
          onChange={(e) => onChange({ unassigned: e.target.checked })}
          className="size-6 accent-primary"
        />
        Unassigned only
      </label>
      {hasFilters(filters) ? (
        <Button variant="ghost" onClick={onClear}>
          Clear filters
        </Button>
      ) : null}
    </div>
  );
});
