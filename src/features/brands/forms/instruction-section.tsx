import { useEffect, useState } from 'react';
import type { Brand } from '@contract';
import { Button } from '@/components/ui/button';
import { ConflictDialog } from '../detail/conflict-dialog';
import { InstructionForm } from './instruction-form';
import { SaveStatus } from './save-status';
import { useInlineEdit } from './use-inline-edit';

const read = (brand: Brand) => brand.ai_instruction ?? '';
// Emptying the editor clears the instruction (the API takes null for "none").
const toPatch = (value: string) => ({ ai_instruction: value === '' ? null : value });

interface InstructionSectionProps {
  brand: Brand;
  /** Reports unsaved work (open editor with changes, or a save in flight) for the page's guard. */
  onUnsavedChange: (unsaved: boolean) => void;
}

/** The brand's AI instruction, shown with its line breaks and editable in place. */
export function InstructionSection({ brand, onUnsavedChange }: InstructionSectionProps) {
  const [formDirty, setFormDirty] = useState(false);
  const edit = useInlineEdit({ brand, field: 'ai_instruction', read, toPatch, what: 'The AI instruction' });
  const unsaved = (edit.session !== null && formDirty) || edit.update.isPending;
  useEffect(() => onUnsavedChange(unsaved), [unsaved, onUnsavedChange]);

  return (
    <section aria-labelledby="instruction-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="instruction-heading" className="text-xl font-semibold">
          AI instruction
        </h2>
        {edit.session ? null : (
          <Button variant="outline" size="sm" onClick={edit.start}>
            Edit instruction
          </Button>
        )}
      </div>
      <SaveStatus mutation={edit.update} what="instruction" />
      {edit.session ? (
        <InstructionForm
          defaultValue={edit.session.seed}
          serverError={edit.session.serverError}
          onSubmit={(value) => void edit.submit(value)}
          onCancel={edit.cancel}
          onDirtyChange={setFormDirty}
          onTextChange={edit.remember}
          isPending={edit.checking}
        />
      ) : brand.ai_instruction ? (
        <div
          data-testid="ai-instruction"
          className="rounded-md border bg-card p-4 text-sm leading-relaxed whitespace-pre-wrap break-words"
        >
          {brand.ai_instruction}
        </div>
      ) : (
        <p className="rounded-md border border-dashed p-4 text-sm text-muted-foreground">
          No instruction yet. Tell the AI how to write for this brand: voice, audience, words to use and avoid.
        </p>
      )}
      <ConflictDialog
        conflict={edit.conflict}
        field="AI instruction"
        onSaveMine={edit.resolve.saveMine}
        onUseTheirs={edit.resolve.useTheirs}
        onKeepEditing={edit.resolve.keepEditing}
      />
    </section>
  );
}
