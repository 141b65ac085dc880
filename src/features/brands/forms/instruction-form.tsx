import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { InstructionKit } from '@/lib/instruction-check';
import { InstructionCheckList } from './instruction-check-list';
import { InstructionField } from './instruction-field';
import { InstructionSchema, type InstructionValues } from './brand-schemas';
import { type InlineFieldFormProps, useInlineFormSync } from './use-inline-form-sync';
import { InstructionActions } from './instruction-actions';

/**
 * Edits the AI instruction in place. Ctrl/Cmd+Enter saves; the meter and the limit are live, and
 * so is the kit check (when given the kit): its fixes go into the field, saved with the rest.
 */
export function InstructionForm({
  defaultValue,
  onSubmit,
  onCancel,
  onDirtyChange,
  onTextChange,
  serverError,
  isPending,
  kit,
}: InlineFieldFormProps & { kit?: InstructionKit }) {
  const id = useId();
  const form = useForm<InstructionValues>({
    resolver: zodResolver(InstructionSchema),
    defaultValues: { ai_instruction: defaultValue },
    mode: 'onChange',
  });
  const { isDirty, errors } = form.formState;
  const text = useWatch({ control: form.control, name: 'ai_instruction' });
  const length = text.length;
  useInlineFormSync({
    field: 'ai_instruction',
    text,
    isDirty,
    setError: form.setError,
    props: { onDirtyChange, onTextChange, serverError },
  });

  const submit = form.handleSubmit((values) => onSubmit(values.ai_instruction));
  return (
    <form onSubmit={(event) => void submit(event)} className="flex flex-col gap-3" noValidate>
      <InstructionField
        id={`${id}-instruction`}
        label="AI instruction"
        registration={form.register('ai_instruction')}
        length={length}
        error={errors.ai_instruction?.message ?? errors.root?.server?.message}
        onSubmitShortcut={() => void submit()}
        readOnly={isPending}
        focusOnMount
      />
      {kit ? (
        <InstructionCheckList
          text={text}
          kit={kit}
          disabled={isPending}
          onFix={(next) => form.setValue('ai_instruction', next, { shouldDirty: true, shouldValidate: true })}
        />
      ) : null}
      <InstructionActions isPending={isPending} onCancel={onCancel} />
    </form>
  );
}
