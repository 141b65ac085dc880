import { useRef, type ReactNode } from 'react';
import { Button } from './button';
import { ModalDialog } from './modal-dialog';

interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: ReactNode;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm: () => void;
  /** Red confirm button for actions that remove something. */
  destructive?: boolean;
}

/**
 * A question that must be answered before going on (role="alertdialog"). Focus starts on Cancel,
 * so Enter never confirms a destructive action by accident; Escape cancels.
 */
export function ConfirmDialog({
  onOpenChange,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  onConfirm,
  destructive = false,
  ...props
}: ConfirmDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog {...props} onOpenChange={onOpenChange} alert initialFocus={cancelRef} size="sm">
      {children}
      <div className="flex flex-wrap justify-end gap-3">
        <Button ref={cancelRef} variant="outline" onClick={() => onOpenChange(false)}>
          {cancelLabel}
        </Button>
        {/* The caller closes the dialog in onConfirm: its open state may be derived (a router blocker). */}
        <Button variant={destructive ? 'destructive' : 'primary'} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </div>
    </ModalDialog>
  );
}
