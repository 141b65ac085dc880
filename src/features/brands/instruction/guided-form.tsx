import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { AI_INSTRUCTION_MAX, AiInstruction } from '@contract';
import { errorMessage } from '@/components/ui/error-state';
import { FormError } from '@/components/ui/form-error';
import type { InstructionKit } from '@/lib/instruction-check';
import { parseInstruction, setSection, type GuidedKind } from '@/lib/instruction-sections';
import { InstructionCheckList } from '../forms/instruction-check-list';
import { InstructionMeter } from '../forms/instruction-meter';
import type { InlineFieldFormProps } from '../forms/use-inline-form-sync';
import { GuidedSections } from './guided-sections';
import { overMessage } from './over-message';
import { InstructionActions } from '../forms/instruction-actions';

/**
 * Guided mode: the instruction as sections. It edits the same string as Text mode; every change
 * rewrites only the section it belongs to. Nothing is ever cut: going over 2,000 characters is
 * said at the field that did it, and saving is refused until the text is shorter.
 */
export function GuidedForm({
  kit,
  defaultValue,
  onSubmit,
  onCancel,
  onDirtyChange,
  onTextChange,
  serverError,
  isPending,
}: InlineFieldFormProps & { kit: InstructionKit }) {
  const id = useId();
  const [text, setText] = useState(defaultValue);
  const [cause, setCause] = useState<string | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => onTextChange?.(text), [text, onTextChange]);
  useEffect(() => onDirtyChange(text !== defaultValue), [text, defaultValue, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);
  const sections = useMemo(() => parseInstruction(text), [text]);
  const over = text.length > AI_INSTRUCTION_MAX;

  const edit = (field: string, next: string) => {
    setCause(field);
    setRefused(null);
    setText(next);
  };
  const set = (kind: GuidedKind, field: string) => (value: string | readonly string[]) =>
    edit(field, setSection(text, kind, value));
  const errorFor = (field: string) => (over && cause === field ? overMessage(text.length) : undefined);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (isPending) return;
    const checked = AiInstruction.safeParse(text);
    if (!checked.success) {
      setRefused(`Not saved: ${checked.error.issues[0]?.message ?? 'the instruction is not valid'}. Nothing was cut.`);
      if (cause) form.current?.querySelector<HTMLElement>(`[id="${cause}"]`)?.focus();
      return;
    }
    onSubmit(text);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };

  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Ctrl+Enter from any field saves, as in Text mode
    <form
      ref={form}
      onSubmit={submit}
      onKeyDown={onKeyDown}
      className="flex flex-col gap-5"
      noValidate
      aria-label="AI instruction, guided"
    >
      <InstructionMeter id={`${id}-meter`} length={text.length} />
      <GuidedSections
        id={id}
        kit={kit}
        text={text}
        sections={sections}
        set={set}
        edit={edit}
        errorFor={errorFor}
        readOnly={isPending}
      />
      <InstructionCheckList text={text} kit={kit} disabled={isPending} onFix={(next) => edit('kit-check', next)} />
      <FormError message={refused ?? (serverError ? `Not saved: ${errorMessage(serverError)}` : undefined)} />
      <InstructionActions isPending={isPending} onCancel={onCancel} />
    </form>
  );
}
