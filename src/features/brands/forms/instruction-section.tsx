import { useEffect, useRef, useState } from 'react';
import type { Brand } from '@contract';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ConflictDialog } from '../detail/conflict-dialog';
import { InstructionEditor } from '../instruction/instruction-editor';
import { InstructionTools } from '../instruction/instruction-tools';
import { InstructionCheckList } from './instruction-check-list';
import { SaveStatus } from './save-status';
import { useFocusWhenClosed } from './use-focus-when-closed';
import { useInlineEdit } from './use-inline-edit';
import { useInstructionKit } from './use-instruction-kit';

const read = (brand: Brand) => brand.ai_instruction ?? '';
// Emptying the editor clears the instruction (the API takes null for "none").
const toPatch = (value: string) => ({ ai_instruction: value === '' ? null : value });

interface InstructionSectionProps {
  brand: Brand;
  /** The scope, for the themes the kit check recognises. */
  org?: string;
  /** Reports unsaved work (open editor with changes, or a save in flight) for the page's guard. */
  onUnsavedChange: (unsaved: boolean) => void;
}

/**
 * The brand's AI instruction, shown with its line breaks and editable in place. Cancel asks
 * before it throws typed text away; after saving or cancelling, focus is back on "Edit instruction".
 */
export function InstructionSection({ brand, org, onUnsavedChange }: InstructionSectionProps) {
  const [formDirty, setFormDirty] = useState(false);
  const edit = useInlineEdit({ brand, field: 'ai_instruction', read, toPatch, what: 'The AI instruction' });
  const kit = useInstructionKit(brand, org, edit.session !== null);
  const changed = edit.session !== null && (formDirty || edit.changed);
  const unsaved = changed || edit.update.isPending;
  useEffect(() => onUnsavedChange(unsaved), [unsaved, onUnsavedChange]);
  const [askDiscard, setAskDiscard] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  useFocusWhenClosed(edit.session !== null, editButton);

  return (
    <section aria-labelledby="instruction-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="instruction-heading" className="text-xl font-semibold">
          AI instruction
        </h2>
        {edit.session ? null : (
          <Button ref={editButton} variant="outline" size="sm" onClick={edit.start}>
            Edit instruction
          </Button>
        )}
      </div>
      <SaveStatus mutation={edit.update} what="instruction" outcome />
      <InstructionTools brand={brand} kit={kit} save={edit.update} hasUnsaved={changed} onRestore={edit.startWith} />
      {edit.session ? (
        <InstructionEditor
          brand={brand}
          key={edit.session.id}
          defaultValue={edit.session.seed}
          serverError={edit.session.serverError}
          onSubmit={(value) => void edit.submit(value)}
          onCancel={() => (changed ? setAskDiscard(true) : edit.cancel())}
          onDirtyChange={setFormDirty}
          onTextChange={edit.remember}
          isPending={edit.checking}
          kit={kit}
        />
      ) : brand.ai_instruction ? (
        <>
          <div
            data-testid="ai-instruction"
            className="rounded-md border bg-card p-4 text-sm leading-relaxed whitespace-pre-wrap break-words"
          >
            {brand.ai_instruction}
          </div>
          {/* On the brand's page a fix is saved at once, through the same write as the editor's. */}
          <InstructionCheckList
            text={brand.ai_instruction}
            kit={kit}
            disabled={edit.update.isPending}
            onFix={(next) => edit.update.mutate({ patch: toPatch(next) })}
          />
        </>
      ) : (
        <p className="rounded-md border border-dashed p-4 text-sm text-muted-foreground">
          No instruction yet. Tell the AI how to write for this brand: voice, audience, words to use and avoid.
        </p>
      )}
      <ConfirmDialog
        open={askDiscard}
        onOpenChange={setAskDiscard}
        title="Discard your changes to the AI instruction?"
        description="The text you typed has not been saved. If you discard it, it is gone."
        cancelLabel="Keep editing"
        confirmLabel="Discard"
        destructive
        onConfirm={() => {
          setAskDiscard(false);
          edit.cancel();
        }}
      />
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
