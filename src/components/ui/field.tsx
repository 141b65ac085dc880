import type { ReactNode } from 'react';
import { cn } from './cn';
import { FieldError } from './field-error';

interface FieldProps {
  /** The control's id: the label points at it. */
  id: string;
  label: ReactNode;
  /** Shown under the control; give the control aria-describedby={`${id}-hint`}. */
  hint?: ReactNode;
  /** Shown under the control; give the control aria-describedby={`${id}-error`} and aria-invalid. */
  error?: string;
  children: ReactNode;
  className?: string;
}

/** Label, control, hint and error message in one column. The error is announced (role="alert"). */
export function Field({ id, label, hint, error, children, className }: FieldProps) {
  return (
    <div className={cn('flex flex-col gap-1.5', className)}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children}
      {hint ? (
        <div id={`${id}-hint`} className="text-sm text-muted-foreground">
          {hint}
        </div>
      ) : null}
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </div>
  );
}
