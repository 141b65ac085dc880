import { lazy, Suspense } from 'react';
import type { Brand } from '@contract';
import type { InstructionKit } from '@/lib/instruction-check';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { useInstructionHistory } from './use-instruction-history';
import { useInstructionPanel } from './use-instruction-panel';

const InstructionHistoryPanel = lazy(async () => ({
  default: (await import('./instruction-history-panel')).InstructionHistoryPanel,
}));
const AiBriefPanel = lazy(async () => ({ default: (await import('./ai-brief-panel')).AiBriefPanel }));

interface InstructionToolsProps {
  brand: Brand;
  kit: InstructionKit;
  /** The instruction's save mutation: each success is kept in the history. */
  save: Parameters<typeof useInstructionHistory>[1];
  hasUnsaved: boolean;
  onRestore: (text: string) => void;
}

/** History (with diffs and Restore) and "What the AI is told", each a panel opened from here. */
export function InstructionTools({ brand, kit, save, hasUnsaved, onRestore }: InstructionToolsProps) {
  const { versions } = useInstructionHistory(brand, save);
  const { panel, compareA, compareB, open, close, compare } = useInstructionPanel();
  const toggle = (which: 'history' | 'brief') => (panel === which ? close() : open(which));
  const fallback = (
    <div role="status" aria-label="Loading">
      <Skeleton className="h-48 w-full" />
    </div>
  );
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2">
        <Button variant="outline" size="sm" aria-expanded={panel === 'history'} onClick={() => toggle('history')}>
          History{versions.length ? ` (${versions.length})` : ''}
        </Button>
        <Button variant="outline" size="sm" aria-expanded={panel === 'brief'} onClick={() => toggle('brief')}>
          What the AI is told
        </Button>
      </div>
      <Suspense fallback={fallback}>
        {panel === 'history' ? (
          <InstructionHistoryPanel
            versions={versions}
            compareA={compareA}
            compareB={compareB}
            onCompare={compare}
            hasUnsaved={hasUnsaved}
            onRestore={(text) => {
              close();
              onRestore(text);
            }}
            onClose={close}
          />
        ) : panel === 'brief' ? (
          <AiBriefPanel brand={brand} kit={kit} onClose={close} />
        ) : null}
      </Suspense>
    </div>
  );
}
