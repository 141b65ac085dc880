import type { AssetType } from '@contract';
import { cn } from '@/components/ui/cn';

// One path per type (24×24, stroke), so a placeholder costs two DOM elements.
const PATHS: Record<AssetType, string> = {
  icon: 'M12 3l2.6 5.6 6 .7-4.5 4.1 1.2 6L12 16.4 6.7 19.4l1.2-6L3.4 9.3l6-.7z',
  illustration: 'M4 20l4-1 11-11-3-3L5 16zM14 6l3 3M4 20l1-4',
  photo: 'M3 6h18v13H3zM3 16l5-5 4 4 3-3 6 6M15.5 9.5h.01',
  video: 'M3 5h18v14H3zM10 9v6l5-3z',
};

/** The asset type as a picture, for placeholders; decorative because the type is also written out. */
export function TypeIcon({ type, className }: { type: AssetType; className?: string }) {
  return (
    <svg
      aria-hidden="true"
      data-type-icon={type}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinejoin="round"
      strokeLinecap="round"
      className={cn('size-10 text-muted-foreground', className)}
    >
      <path d={PATHS[type]} />
    </svg>
  );
}
