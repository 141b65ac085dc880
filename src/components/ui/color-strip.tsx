import { cn } from './cn';

interface ColorStripProps {
  /** Colours already checked by the caller (e.g. safeColor): they go straight into `fill`. */
  colors: readonly string[];
  /** A hover label per colour (e.g. "primary #4338CA"), shown as the block's SVG <title>. */
  labels?: readonly string[];
  className?: string;
}

/**
 * A row of colour blocks, decorative for assistive technology (the page names the colours
 * elsewhere); with `labels`, pointing at a block shows its name and hex. Plain SVG <title>
 * rather than a tooltip library: brand cards are on the landing page's first load, so the
 * labels cost no script (bundle budget) and render on the server as well. An SVG whose
 * blocks take their colour from the `fill` attribute: the landing page is also rendered on the
 * server, where a style attribute would be markup the CSP refuses (no 'unsafe-inline');
 * presentation attributes are not styles, so server and browser render it alike.
 */
export function ColorStrip({ colors, labels, className }: ColorStripProps) {
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
        <rect key={`${index}-${color}`} x={index} y={0} width={1} height={1} fill={color}>
          {labels?.[index] ? <title>{labels[index]}</title> : null}
        </rect>
      ))}
    </svg>
  );
}
