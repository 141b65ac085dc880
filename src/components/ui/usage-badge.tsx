import type { UsageMode } from '@contract';

const LABEL: Record<UsageMode, string> = { always: 'Always use', maybe: 'Maybe use', never: 'Never use' };

// Whole class strings. The dot carries the tone (each over 3:1 on the card, as non-text contrast
// asks); the words are foreground on the card (17.8:1), so no mode depends on a tinted text colour.
const DOT: Record<UsageMode, string> = {
  always: 'size-2 shrink-0 rounded-full bg-success',
  maybe: 'size-2 shrink-0 rounded-full bg-muted-foreground',
  never: 'size-2 shrink-0 rounded-full bg-destructive',
};

/** How AI generation treats an asset, in words; one look on the brand page and in the library. */
export function UsageBadge({ mode }: { mode: UsageMode }) {
  return (
    <span className="inline-flex items-center gap-1.5 rounded-full border border-input/40 bg-card px-2 py-0.5 text-xs font-medium whitespace-nowrap text-foreground">
      <span aria-hidden="true" className={DOT[mode]} />
      {LABEL[mode]}
    </span>
  );
}
