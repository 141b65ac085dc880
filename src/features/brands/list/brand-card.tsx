import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Brand } from '@contract';
import { brandQueries } from '@/api/brands';
import { AssetThumbnail } from '@/components/assets/asset-thumbnail';
import { cn } from '@/components/ui/cn';
import { ColorStrip } from '@/components/ui/color-strip';
import { paths } from '@/config/paths';
import { COLOR_TOKENS, DEFAULT_COLORS, safeColor } from '@/lib/theme-to-css-vars';
import { scopedTo } from '../scoped-to';

const THUMBNAILS = 4;

/** Card height is fixed and shared with the skeleton, so nothing shifts when data arrives. */
export const BRAND_CARD_HEIGHT = 'h-60';

function themeColors(brand: Brand): string[] {
  const colors = (brand.theme?.colors ?? {}) as Record<string, unknown>;
  return COLOR_TOKENS.map((token) => safeColor(colors[token]) ?? DEFAULT_COLORS[token]);
}

function assetCountLabel(count: number): string {
  if (count === 0) return 'No linked assets';
  return count === 1 ? '1 linked asset' : `${count} linked assets`;
}

/**
 * One brand in the grid. The name is the link; its ::after covers the card so the whole card is
 * clickable while the accessible name stays just the brand's name. Hover or focus prefetches
 * the detail, so opening it usually needs no wait.
 */
export function BrandCard({ brand, org }: { brand: Brand; org: string | undefined }) {
  const queryClient = useQueryClient();
  const prefetch = () => void queryClient.prefetchQuery(brandQueries.detail(brand.id));
  const fonts = [brand.theme?.font_primary, brand.theme?.font_secondary].filter(Boolean).join(' · ');

  return (
    <article
      onPointerEnter={prefetch}
      onFocus={prefetch}
      className={cn(
        'relative flex flex-col gap-3 rounded-lg border bg-card p-4 text-card-foreground transition-shadow focus-within:shadow-md hover:shadow-md',
        BRAND_CARD_HEIGHT,
      )}
    >
      {/* elementtiming lets the first-paint benchmark time when a card's text is painted. Chromium
          reports text under the nearest block, so the attribute sits on the heading, not on the inline link. */}
      <h2 className="truncate text-base font-semibold" {...{ elementtiming: 'brand-card' }}>
        <Link to={scopedTo(paths.brand.href(brand.id), org)} className="after:absolute after:inset-0 after:rounded-lg">
          {brand.name}
        </Link>
      </h2>
      <p className="-mt-2 truncate text-sm text-muted-foreground">{brand.theme?.name ?? 'No theme'}</p>
      <ColorStrip colors={themeColors(brand)} />
      <dl className="grid grid-cols-[auto_1fr] gap-x-2 gap-y-1 text-sm">
        <dt className="text-muted-foreground">Fonts</dt>
        <dd className="truncate">{fonts || 'None set'}</dd>
        <dt className="text-muted-foreground">Assets</dt>
        <dd>{assetCountLabel(brand.assets.length)}</dd>
      </dl>
      <ul className="mt-auto flex h-12 gap-2" aria-label={`First assets of ${brand.name}`}>
        {brand.assets.slice(0, THUMBNAILS).map((asset) => (
          <li key={asset.id}>
            <AssetThumbnail asset={asset} className="size-12" />
          </li>
        ))}
      </ul>
    </article>
  );
}
