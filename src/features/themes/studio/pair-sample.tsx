import { cn } from '@/components/ui/cn';

interface PairSampleProps {
  fg: string;
  bg: string;
  kind: 'text' | 'non-text';
  className?: string;
}

/**
 * A small chip drawn in the pair's own colours: "Aa" for text, a bordered box for a border.
 * Decorative (the hex values and ratio beside it say the same in words); colours go through
 * React's style object, which the CSP allows, and are already normalised `#RRGGBB`.
 */
export function PairSample({ fg, bg, kind, className }: PairSampleProps) {
  return (
    <span
      aria-hidden="true"
      className={cn('inline-flex h-8 w-12 shrink-0 items-center justify-center rounded-sm border text-sm font-semibold', className)}
      style={{ backgroundColor: bg, color: fg }}
    >
      {kind === 'text' ? 'Aa' : <span className="size-5 rounded-xs border-2" style={{ borderColor: fg }} />}
    </span>
  );
}
