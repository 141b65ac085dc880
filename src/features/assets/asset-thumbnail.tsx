import { useState } from 'react';
import type { Asset } from '@contract';
import { assetMediaSrc } from '@/lib/asset-url';
import { TypeIcon } from './type-icon';

interface AssetThumbnailProps {
  asset: Pick<Asset, 'url' | 'type'>;
  width: number;
  height: number;
}

/**
 * A fixed box, so nothing moves when the image arrives. Videos and anything we may not load
 * (another origin under our CSP, a URL that fails safeUrl, a broken file) show the type icon.
 */
export function AssetThumbnail({ asset, width, height }: AssetThumbnailProps) {
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  const src = asset.type === 'video' ? null : assetMediaSrc(asset.url);
  const show = src !== null && src !== failedSrc;
  return (
    <div className="flex items-center justify-center overflow-hidden rounded-t-lg bg-muted" style={{ height }}>
      {show ? (
        <img
          src={src}
          alt=""
          width={Math.round(width)}
          height={height}
          loading="lazy"
          decoding="async"
          onError={() => setFailedSrc(src)}
          className="size-full object-contain"
        />
      ) : (
        <TypeIcon type={asset.type} />
      )}
    </div>
  );
}
