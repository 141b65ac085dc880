import { memo, useState, type ReactNode } from 'react';
import type { Asset } from '@contract';
import { cn } from '@/components/ui/cn';
import { assetMediaSrc } from '@/lib/asset-url';

const VIDEO_FORMATS = new Set(['mp4', 'webm']);

// Whole class strings per frame, so Tailwind sees every class.
const FRAMES = {
  /** A bordered tile of its own (brand cards, linked assets). */
  tile: 'rounded-md border text-xs',
  /** The top of a card that draws the border itself (the asset library). */
  'card-top': 'rounded-t-lg',
} as const;

const FITS = { cover: 'object-cover', contain: 'object-contain' } as const;

const SHOWN_FIELDS = ['name', 'url', 'type', 'format', 'width', 'height'] as const;

interface AssetThumbnailProps {
  asset: Pick<Asset, (typeof SHOWN_FIELDS)[number]>;
  frame?: keyof typeof FRAMES;
  fit?: keyof typeof FITS;
  /** Size of the box in pixels when a grid computes it at run time; otherwise size it with `className`. */
  width?: number;
  height?: number;
  /**
   * When the surrounding link already names the asset, the picture is decorative (empty alt, no
   * label) so screen readers do not read the name twice.
   */
  decorative?: boolean;
  /** Shown instead of the picture; by default a small marker for a video or a missing preview. */
  placeholder?: ReactNode;
  className?: string;
}

/**
 * A fixed box, so nothing moves when the picture arrives. Images (SVG included, only ever through
 * <img>) load lazily; videos never load media; a URL that fails safeUrl or a file that fails to
 * load shows the placeholder. `height` becomes a style attribute, so leave it out of markup
 * rendered on the server (the CSP refuses inline styles there) and size the box with classes.
 */
export const AssetThumbnail = memo(function AssetThumbnail({
  asset,
  frame = 'tile',
  fit = 'cover',
  width,
  height,
  decorative = false,
  placeholder,
  className,
}: AssetThumbnailProps) {
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  const video = asset.type === 'video' || VIDEO_FORMATS.has(asset.format);
  const src = video ? null : assetMediaSrc(asset.url);
  const show = src !== null && src !== failedSrc;
  const box = cn('flex shrink-0 items-center justify-center overflow-hidden bg-muted', FRAMES[frame], className);
  const style = height === undefined ? undefined : { height };

  if (!show) {
    const label = `${asset.name} (${video ? 'video' : 'preview unavailable'})`;
    return (
      <span className={box} style={style} {...(decorative ? {} : { role: 'img', 'aria-label': label })}>
        {placeholder ?? <span aria-hidden="true">{video ? '▶' : '?'}</span>}
      </span>
    );
  }
  return (
    <span className={box} style={style}>
      <img
        src={src}
        alt={decorative ? '' : asset.name}
        width={Math.round(width ?? asset.width ?? 96)}
        height={Math.round(height ?? asset.height ?? 96)}
        loading="lazy"
        decoding="async"
        onError={() => setFailedSrc(src)}
        className={cn('size-full', FITS[fit])}
      />
    </span>
  );
}, sameThumbnail);

/** Skips a render when the asset changed only in what the picture does not show (its brand, after a move). */
function sameThumbnail(a: AssetThumbnailProps, b: AssetThumbnailProps): boolean {
  const keys = Object.keys(a) as Array<keyof AssetThumbnailProps>;
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => key === 'asset' || a[key] === b[key]) &&
    SHOWN_FIELDS.every((field) => a.asset[field] === b.asset[field])
  );
}
