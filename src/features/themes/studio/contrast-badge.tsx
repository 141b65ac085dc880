import { Badge } from '@/components/ui/badge';
import type { ContrastLevel } from '@/lib/color-math';

interface ContrastBadgeProps {
  /** Which grade this badge reports. */
  grade: 'AA' | 'AAA';
  level: ContrastLevel | null;
  /** Non-text contrast has no AAA level in WCAG 2. */
  kind: 'text' | 'non-text';
}

/**
 * "AA pass ✓" / "AAA fail ✗": the words carry the result, the tone and the glyph only support it,
 * so the badge reads the same without colour and to a screen reader.
 */
export function ContrastBadge({ grade, level, kind }: ContrastBadgeProps) {
  if (level === null) return <Badge>{grade} unknown</Badge>;
  if (grade === 'AAA' && kind === 'non-text') return <Badge>{grade} n/a</Badge>;
  const passes = grade === 'AA' ? level !== 'fail' : level === 'AAA';
  return (
    <Badge tone={passes ? 'success' : 'danger'}>
      {grade} {passes ? 'pass' : 'fail'}
      <span aria-hidden="true" className="ml-1">
        {passes ? '✓' : '✗'}
      </span>
    </Badge>
  );
}
