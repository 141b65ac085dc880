import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { memo, use } from 'react';
import type { Asset } from '@contract';
import { cn } from '@/components/ui/cn';
import type { DropTarget } from '../dnd/drop-targets';
import { CardBrandContext } from './card-brand-context';
import { samePropsApartFromBrand } from './same-apart-from-brand';
import { ScopeBrandsContext } from './scope-brands-context';

interface CardMenuProps {
  asset: Asset;
  tabbable: boolean;
  onMove: (id: string, target: DropTarget) => void;
}

const ITEM =
  'cursor-default rounded-md px-2 py-1.5 text-sm outline-none data-disabled:opacity-50 data-highlighted:bg-muted';
const PANEL = 'z-50 min-w-44 rounded-lg border bg-background p-1 text-foreground shadow-lg';

/**
 * The way to do what a drag does without dragging (WCAG 2.2, 2.5.7): "Link to brand…" with the
 * scope's brands in a submenu, and "Unlink". Non-modal, as every menu here (the CSP refuses
 * the style element Radix's scroll lock injects). Memoised on the asset apart from its brand: a
 * move between brands re-renders only an open menu's items, which read it from CardBrandContext.
 */
export const CardMenu = memo(function CardMenu({ asset, tabbable, onMove }: CardMenuProps) {
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger
        tabIndex={tabbable ? 0 : -1}
        aria-label={`Actions for ${asset.name}`}
        className="flex size-8 items-center justify-center rounded-md border bg-background/95 text-foreground shadow-sm"
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 fill-current">
          <circle cx="3" cy="8" r="1.5" />
          <circle cx="8" cy="8" r="1.5" />
          <circle cx="13" cy="8" r="1.5" />
        </svg>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" sideOffset={4} collisionPadding={8} className={PANEL}>
          <MenuItems id={asset.id} onMove={onMove} />
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}, samePropsApartFromBrand);

/** Mounted only while the menu is open, so only an open menu follows the brands' changes. */
function MenuItems({ id, onMove }: { id: string; onMove: CardMenuProps['onMove'] }) {
  const brands = use(ScopeBrandsContext);
  const { brandId, brandName } = use(CardBrandContext);
  return (
    <>
      <DropdownMenu.Sub>
        <DropdownMenu.SubTrigger className={ITEM} disabled={brands.length === 0}>
          Link to brand… <span aria-hidden="true">▸</span>
        </DropdownMenu.SubTrigger>
        <DropdownMenu.Portal>
          <DropdownMenu.SubContent collisionPadding={8} className={cn(PANEL, 'max-h-72 overflow-y-auto')}>
            {brands.map((brand) => (
              <DropdownMenu.Item
                key={brand.id}
                className={ITEM}
                disabled={brand.id === brandId}
                onSelect={() => onMove(id, { kind: 'brand', brandId: brand.id, brandName: brand.name })}
              >
                {brand.name}
              </DropdownMenu.Item>
            ))}
          </DropdownMenu.SubContent>
        </DropdownMenu.Portal>
      </DropdownMenu.Sub>
      <DropdownMenu.Item
        className={ITEM}
        disabled={brandId === null}
        onSelect={() => onMove(id, { kind: 'unassigned' })}
      >
        {brandId ? `Unlink from ${brandName ?? 'its brand'}` : 'Unlink'}
      </DropdownMenu.Item>
    </>
  );
}
