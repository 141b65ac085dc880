import type { ReactNode } from 'react';
import { cn } from './cn';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

const TONES: Record<BadgeTone, string> = {
  neutral: 'border-border bg-muted text-foreground',
  info: 'border-primary/30 bg-primary/10 text-primary',
  // Success and warning text reach 4.5:1 only on white (5.0:1; 4.4:1 on their own tint).
  success: 'border-success/40 bg-card text-success',
  warning: 'border-warning/40 bg-card text-warning',
  danger: 'border-destructive/30 bg-destructive/10 text-destructive',
};

/** A short label. The text carries the meaning; the tone only supports it. */
export function Badge({
  tone = 'neutral',
  className,
  children,
}: {
  tone?: BadgeTone;
  className?: string;
  children: ReactNode;
}) {
  return (
    <span
      className={cn(
        'inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium',
        TONES[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}
