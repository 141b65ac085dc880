import type { UsageMode } from '@contract';
import { Badge, type BadgeTone } from '@/components/ui/badge';

const TONE: Record<UsageMode, BadgeTone> = { always: 'success', maybe: 'neutral', never: 'danger' };
const LABEL: Record<UsageMode, string> = { always: 'Always use', maybe: 'May use', never: 'Never use' };

/** How AI generation treats the asset, in words (the tone only supports them). */
export function UsageModeBadge({ mode }: { mode: UsageMode }) {
  return <Badge tone={TONE[mode]}>{LABEL[mode]}</Badge>;
}
