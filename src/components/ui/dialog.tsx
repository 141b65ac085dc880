import type { ReactNode } from 'react';
import { ModalDialog } from './modal-dialog';

interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons, right-aligned under the content. */
  footer?: ReactNode;
  size?: 'sm' | 'md' | 'lg';
  className?: string;
}

/**
 * A modal dialog that Escape or a backdrop click dismisses. Controlled, so the open state can
 * live in the URL when it should survive a reload.
 */
export function Dialog({ footer, children, ...props }: DialogProps) {
  return (
    <ModalDialog {...props}>
      {children}
      {footer ? <div className="flex flex-wrap justify-end gap-3">{footer}</div> : null}
    </ModalDialog>
  );
}
