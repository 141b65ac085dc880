import type { Asset } from '@contract';
import { cn } from '@/components/ui/cn';
import { assetMediaSrc } from '@/lib/asset-url';

const VIDEO_FORMATS = new Set(['mp4', 'webm']);

/**
 * A small square preview of an asset. Images (SVG included, only ever through <img>, G4) load
 * lazily; videos show a marker instead of loading media; a url that fails safeUrl shows a
 * placeholder and loads nothing.
 */
export function AssetThumbnail({ asset, className }: { asset: Asset; className?: string }) {
  const box = cn(
    'flex shrink-0 items-center justify-center overflow-hidden rounded-md border bg-muted text-xs',
    className,
  );
  if (asset.type === 'video' || VIDEO_FORMATS.has(asset.format)) {
    return (
      <span role="img" aria-label={`${asset.name} (video)`} className={box}>
        <span aria-hidden="true">▶</span>
      </span>
    );
  }
  const src = assetMediaSrc(asset.url);
  if (!src) {
    return (
      <span role="img" aria-label={`${asset.name} (preview unavailable)`} className={box}>
        <span aria-hidden="true">?</span>
      </span>
    );
  }
  return (
    <img
      src={src}
      alt={asset.name}
      loading="lazy"
      decoding="async"
      width={asset.width ?? 96}
      height={asset.height ?? 96}
      className={cn(box, 'object-cover')}
    />
  );
}
