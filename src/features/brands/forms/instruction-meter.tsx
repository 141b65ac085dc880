import { AI_INSTRUCTION_MAX } from '@contract';
import { cn } from '@/components/ui/cn';
import { formatCount as format } from '@/lib/format-count';

/** From here on the meter warns: about one short paragraph left. */
const INSTRUCTION_WARN_AT = AI_INSTRUCTION_MAX - 200;

/**
 * Live character count for the AI instruction. The count itself is not announced on every
 * keystroke; a separate live region speaks only when the state changes (near the limit, over it).
 */
export function InstructionMeter({ id, length }: { id: string; length: number }) {
  const state = length > AI_INSTRUCTION_MAX ? 'over' : length >= INSTRUCTION_WARN_AT ? 'near' : 'ok';
  const detail =
    state === 'over'
      ? `${format(length - AI_INSTRUCTION_MAX)} over the limit`
      : state === 'near'
        ? `${format(AI_INSTRUCTION_MAX - length)} left`
        : null;
  return (
    <div className="flex items-center justify-between gap-3 text-sm">
      <p
        id={id}
        className={cn(
          'tabular-nums',
          state === 'ok' && 'text-muted-foreground',
          state === 'near' && 'font-medium text-warning',
          state === 'over' && 'font-medium text-destructive',
        )}
      >
        {format(length)} / {format(AI_INSTRUCTION_MAX)} characters{detail ? ` · ${detail}` : ''}
      </p>
      <p aria-live="polite" className="sr-only">
        {state === 'over'
          ? `Over the ${format(AI_INSTRUCTION_MAX)} character limit.`
          : state === 'near'
            ? `Close to the ${format(AI_INSTRUCTION_MAX)} character limit.`
            : ''}
      </p>
    </div>
  );
}
