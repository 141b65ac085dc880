import type { ReactNode } from 'react';
import { Field } from '@/components/ui/field';
import { inputStyles } from '@/components/ui/input-styles';
import { useSyncedText } from './use-synced-text';

interface GuidedTextFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (text: string) => void;
  /** The section's share of the budget, e.g. "42 characters". */
  hint: ReactNode;
  error?: string;
  rows?: number;
  readOnly?: boolean;
  children?: ReactNode;
}

/** One section's text in the guided editor: a one-line input, or a textarea with `rows`. */
export function GuidedTextField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  rows,
  readOnly,
  children,
}: GuidedTextFieldProps) {
  const [shown, change] = useSyncedText(value, onChange);
  const aria = {
    id,
    readOnly,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' '),
  };
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {children}
      {rows ? (
        <textarea
          {...aria}
          rows={rows}
          value={shown}
          onChange={(e) => change(e.target.value)}
          className={inputStyles('resize-y leading-relaxed')}
        />
      ) : (
        <input {...aria} value={shown} onChange={(e) => change(e.target.value)} className={inputStyles()} />
      )}
    </Field>
  );
}
