import { useEffect } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { applyServerErrors } from './apply-server-errors';

/** What the page hands every inline editor of one brand field (name, AI instruction). */
export interface InlineFieldFormProps {
  defaultValue: string;
  onSubmit: (value: string) => void;
  onCancel: () => void;
  onDirtyChange: (dirty: boolean) => void;
  /** Called with the text whenever it changes, to keep a draft. */
  onTextChange?: (text: string) => void;
  /** The error of a failed save, shown on the field when it is about the input. */
  serverError?: unknown;
  /** True while the save is being checked for conflicts. */
  isPending: boolean;
}

interface Sync<T extends FieldValues> {
  field: Path<T>;
  text: string;
  isDirty: boolean;
  setError: UseFormSetError<T>;
  props: Pick<InlineFieldFormProps, 'onDirtyChange' | 'onTextChange' | 'serverError'>;
}

/**
 * Keeps the page in step with an inline editor: the draft follows the text, the unsaved-changes
 * guard follows dirtiness (and is released on unmount), and a failed save's 400 details land
 * on the field.
 */
export function useInlineFormSync<T extends FieldValues>({ field, text, isDirty, setError, props }: Sync<T>): void {
  const { onDirtyChange, onTextChange, serverError } = props;
  useEffect(() => onTextChange?.(text), [text, onTextChange]);
  useEffect(() => onDirtyChange(isDirty), [isDirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);
  useEffect(() => {
    if (serverError) applyServerErrors(serverError, setError, [field]);
  }, [serverError, setError, field]);
}
