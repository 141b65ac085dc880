import { Button } from '@/components/ui/button';
import type { InstructionMode } from './use-instruction-mode';

const MODES: Array<{ mode: InstructionMode; label: string }> = [
  { mode: 'guided', label: 'Guided' },
  { mode: 'text', label: 'Text' },
];

/** Guided or Text: two toggle buttons; the pressed one is the editor shown. */
export function ModeSwitch({ mode, onChange }: { mode: InstructionMode; onChange: (mode: InstructionMode) => void }) {
  return (
    <div role="group" aria-label="Editor mode" className="inline-flex gap-1 self-start rounded-md border p-1">
      {MODES.map((m) => (
        <Button
          key={m.mode}
          size="sm"
          variant={mode === m.mode ? 'secondary' : 'ghost'}
          aria-pressed={mode === m.mode}
          onClick={() => onChange(m.mode)}
        >
          {m.label}
        </Button>
      ))}
    </div>
  );
}
