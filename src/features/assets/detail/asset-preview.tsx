import type { Asset } from '@contract';
import { assetMediaSrc } from '@/lib/asset-url';
import { TypeIcon } from '../type-icon';

/**
 * The large preview. Videos play with native controls; SVGs render only through <img>, where
 * their scripts never run. Anything our CSP would refuse to load shows the type icon.
 */
export function AssetPreview({ asset }: { asset: Asset }) {
  const src = assetMediaSrc(asset.url);
  const box = 'flex h-72 items-center justify-center overflow-hidden rounded-lg border bg-muted';
  if (!src) {
    return (
      <div className={box}>
        <TypeIcon type={asset.type} className="size-16" />
        <span className="sr-only">No preview: this file is not served from this site.</span>
      </div>
    );
  }
  return (
    <div className={box}>
      {asset.type === 'video' ? (
        <video src={src} controls preload="metadata" className="size-full" aria-label={`Video: ${asset.name}`}>
          <track kind="captions" />
        </video>
      ) : (
        <img
          src={src}
          alt={`Preview of ${asset.name}`}
          width={asset.width ?? undefined}
          height={asset.height ?? undefined}
          decoding="async"
          className="size-full object-contain"
        />
      )}
    </div>
  );
}
