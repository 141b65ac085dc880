import type { ReactNode } from 'react';

interface FieldErrorProps {
  /** Usually `${controlId}-error`, so the control can name it in aria-describedby. */
  id?: string;
  /** The message; nothing is rendered without one. */
  children?: ReactNode;
}

/** The message under one control, announced when it appears. */
export function FieldError({ id, children }: FieldErrorProps) {
  if (children === undefined || children === null || children === false || children === '') return null;
  return (
    <p id={id} role="alert" className="text-sm font-medium text-destructive">
      {children}
    </p>
  );
}
