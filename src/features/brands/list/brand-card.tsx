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

/** "text_on_card #0F172A": the token as the theme names it, and its colour. */
const colorLabels = (colors: string[]) => COLOR_TOKENS.map((token, index) => `${token} ${colors[index]}`);

/**
 * One brand in the grid. The name is the link; its ::after covers the card so the whole card is
 * clickable while the accessible name stays just the brand's name, and its focus ring is drawn
 * around the whole card. Hover or focus prefetches the detail, so opening it usually needs no wait.
 */
export function BrandCard({ brand, org }: { brand: Brand; org: string | undefined }) {
  const queryClient = useQueryClient();
  const prefetch = () => void queryClient.prefetchQuery(brandQueries.detail(brand.id));
  const fonts = [brand.theme?.font_primary, brand.theme?.font_secondary].filter(Boolean).join(' · ');
  const colors = themeColors(brand);
  const count = brand.assets.length;

  return (
    <article
      onPointerEnter={prefetch}
      onFocus={prefetch}
      className={cn(
        'relative flex flex-col gap-3 rounded-lg border bg-card p-4 text-card-foreground transition-shadow focus-within:shadow-md hover:shadow-md has-focus-visible:outline-2 has-focus-visible:outline-offset-3 has-focus-visible:outline-ring',
        BRAND_CARD_HEIGHT,
      )}
    >
      {/* elementtiming lets the first-paint benchmark time when a card's text is painted. Chromium
          reports text under the nearest block, so the attribute sits on the heading, not on the inline link. */}
      <h2 className="truncate text-base font-semibold" {...{ elementtiming: 'brand-card' }}>
        <Link to={scopedTo(paths.brand.href(brand.id), org)} className="after:absolute after:inset-0 after:rounded-lg focus-visible:outline-none">
          {brand.name}
        </Link>
      </h2>
      <p className="-mt-2 truncate text-sm text-muted-foreground">{brand.theme?.name ?? 'No theme'}</p>
      {/* Above the link's ::after, so pointing at a colour shows its label. */}
      <ColorStrip colors={colors} labels={colorLabels(colors)} className="relative" />
      <dl className="grid grid-cols-[auto_1fr] gap-x-2 gap-y-1 text-sm">
        <dt className="text-muted-foreground">Fonts</dt>
        <dd className="truncate">{fonts || 'None set'}</dd>
        <dt className="text-muted-foreground">Assets</dt>
        <dd>{count === 0 ? 'No linked assets' : count === 1 ? '1 linked asset' : `${count} linked assets`}</dd>
      </dl>
      {/* Without assets the thumbnail row would be an empty band: the card says what to do instead. */}
      {count === 0 ? (
        <p className="mt-auto flex h-12 items-center text-sm text-muted-foreground">Link assets to it from the library.</p>
      ) : (
        <ul className="mt-auto flex h-12 gap-2" aria-label={`First assets of ${brand.name}`}>
          {brand.assets.slice(0, THUMBNAILS).map((asset) => (
            <li key={asset.id}>
              <AssetThumbnail asset={asset} className="size-12" />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
