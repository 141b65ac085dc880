import { cn } from './cn';

interface ColorStripProps {
  /** Colours already checked by the caller (e.g. safeColor): they go straight into CSS. */
  colors: readonly string[];
  className?: string;
}

/**
 * A row of colour blocks, decorative (the page names the colours elsewhere). Colours are set
 * through React's style object, i.e. CSSOM, which the CSP allows; never a style string.
 */
export function ColorStrip({ colors, className }: ColorStripProps) {
  return (
    <div aria-hidden="true" className={cn('flex h-3 overflow-hidden rounded-sm border', className)}>
      {colors.map((color, index) => (
        // Colours repeat within a theme, so the index is part of the key.
        <span key={`${index}-${color}`} className="flex-1" style={{ backgroundColor: color }} />
      ))}
    </div>
  );
}
