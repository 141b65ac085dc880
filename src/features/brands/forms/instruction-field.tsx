import type { KeyboardEvent } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from '@/components/ui/field';
import { inputStyles } from '@/components/ui/input-styles';
import { InstructionMeter } from './instruction-meter';

interface InstructionFieldProps {
  id: string;
  label: string;
  registration: UseFormRegisterReturn;
  length: number;
  error?: string;
  /** Called on Ctrl+Enter or Cmd+Enter. */
  onSubmitShortcut?: () => void;
  readOnly?: boolean;
  /** Focus the textarea when it appears (an editor the user just opened, never on page load). */
  focusOnMount?: boolean;
}

/**
 * The AI instruction textarea with its live meter. No maxLength: the browser would silently cut
 * pasted text, and the user's text is never thrown away; going over is refused with a message.
 * Line breaks are kept as typed (a textarea's value always uses \n).
 */
export function InstructionField({
  id,
  label,
  registration,
  length,
  error,
  onSubmitShortcut,
  readOnly,
  focusOnMount,
}: InstructionFieldProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (onSubmitShortcut && event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmitShortcut();
    }
  };
  return (
    <Field id={id} label={label} error={error} hint={<InstructionMeter id={`${id}-meter`} length={length} />}>
      <textarea
        id={id}
        {...registration}
        rows={10}
        readOnly={readOnly}
        // eslint-disable-next-line jsx-a11y/no-autofocus -- only for an editor the user just opened
        autoFocus={focusOnMount}
        aria-invalid={error ? true : undefined}
        aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ')}
        onKeyDown={onKeyDown}
        className={inputStyles('min-h-48 resize-y font-mono leading-relaxed')}
      />
    </Field>
  );
}
