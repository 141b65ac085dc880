import { useState } from 'react';
import { assetMediaSrc } from '@/lib/asset-url';
import { TypeIcon } from '../type-icon';

/**
 * A still from the video itself, so videos look apart in the grid: `preload="metadata"` with a
 * `#t=0.1` fragment makes the browser fetch just enough to paint that frame (the grid is
 * virtualised, so only cards on screen ask). The type icon stands in when the file cannot play.
 */
export function VideoFrame({ url }: { url: string }) {
  const src = assetMediaSrc(url);
  const [failed, setFailed] = useState(false);
  if (!src || failed) return <TypeIcon type="video" />;
  return (
    // Decorative and never played: a muted still has nothing to caption.
    <video
      src={`${src}#t=0.1`}
      preload="metadata"
      muted
      playsInline
      disablePictureInPicture
      aria-hidden="true"
      tabIndex={-1}
      onError={() => setFailed(true)}
      className="pointer-events-none size-full object-contain"
    />
  );
}
