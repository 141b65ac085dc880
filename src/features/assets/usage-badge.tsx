import type { UsageMode } from '@contract';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { USAGE_LABELS } from './format';

// 'success' text on its tint misses 4.5:1 at badge size, so "always" uses the primary tint.
const TONES: Record<UsageMode, BadgeTone> = { always: 'info', maybe: 'neutral', never: 'danger' };

export function UsageBadge({ mode }: { mode: UsageMode }) {
  return <Badge tone={TONES[mode]}>{USAGE_LABELS[mode]}</Badge>;
}
