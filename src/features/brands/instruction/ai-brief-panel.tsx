import { useId } from 'react';
import { toast } from 'sonner';
import type { Brand } from '@contract';
import type { InstructionKit } from '@/lib/instruction-check';
import { Button } from '@/components/ui/button';
import { kitBrief } from '@/lib/kit-brief';
import { findingsFor } from './kit-adapter';

/** Read-only: the whole saved kit as the model receives it, in words, with a copy button. */
export function AiBriefPanel({ brand, kit, onClose }: { brand: Brand; kit: InstructionKit; onClose: () => void }) {
  const id = useId();
  const text = kitBrief({
    name: brand.name,
    instruction: brand.ai_instruction,
    theme: brand.theme,
    assets: brand.assets,
    findings: findingsFor(brand.ai_instruction ?? '', kit),
  });
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => toast.success('Copied what the AI is told'),
      () =>
        toast.error('Could not copy', {
          description: 'The browser refused the clipboard. Select the text and copy it instead.',
        }),
    );
  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-3 rounded-lg border p-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h3 id={`${id}-heading`} className="text-lg font-semibold">
          What the AI is told
        </h3>
        <div className="flex gap-2">
          <Button variant="outline" size="sm" onClick={() => void copy()}>
            Copy as text
          </Button>
          <Button variant="ghost" size="sm" onClick={onClose}>
            Close
          </Button>
        </div>
      </div>
      <p className="text-sm text-muted-foreground">
        The saved kit, as the model receives it. Unsaved edits are not included.
      </p>
      {/* Not a scroll box: the page scrolls, so keyboard users can read all of it. */}
      <pre
        aria-label="The brand kit as the AI receives it"
        data-testid="ai-brief"
        className="rounded-md border bg-card p-3 font-mono text-sm whitespace-pre-wrap break-words"
      >
        {text}
      </pre>
    </section>
  );
}
