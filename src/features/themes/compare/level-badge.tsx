import { Badge } from '@/components/ui/badge';
import type { ContrastLevel } from '@/lib/color-math';

const TEXT: Record<ContrastLevel, string> = { AAA: 'AAA', AA: 'AA', fail: 'Fails AA' };

/** The best WCAG level a pair reaches, in words; tone and glyph only support them. */
export function LevelBadge({ level }: { level: ContrastLevel | null }) {
  if (level === null) return <Badge>Unknown</Badge>;
  const passes = level !== 'fail';
  return (
    <Badge tone={passes ? 'success' : 'danger'}>
      {TEXT[level]}
      <span aria-hidden="true" className="ml-1">
        {passes ? '✓' : '✗'}
      </span>
    </Badge>
  );
}
