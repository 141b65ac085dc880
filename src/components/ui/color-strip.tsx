import { cn } from './cn';

interface ColorStripProps {
  /** Colours already checked by the caller (e.g. safeColor): they go straight into `fill`. */
  colors: readonly string[];
  className?: string;
}

/**
 * A row of colour blocks, decorative (the page names the colours elsewhere). An SVG whose
 * blocks take their colour from the `fill` attribute: the landing page is also rendered on the
 * server, where a style attribute would be markup the CSP refuses (no 'unsafe-inline');
 * presentation attributes are not styles, so server and browser render it alike.
 */
export function ColorStrip({ colors, className }: ColorStripProps) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox={`0 0 ${Math.max(colors.length, 1)} 1`}
      preserveAspectRatio="none"
      shapeRendering="crispEdges"
      className={cn('block h-3 w-full overflow-hidden rounded-sm border', className)}
    >
      {colors.map((color, index) => (
        // Colours repeat within a theme, so the index is part of the key.
        <rect key={`${index}-${color}`} x={index} y={0} width={1} height={1} fill={color} />
      ))}
    </svg>
  );
}
