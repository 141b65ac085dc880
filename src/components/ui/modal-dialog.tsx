import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { cn } from './cn';

interface ModalDialogProps {
  open: boolean;
  /** Called with false on Escape (and on a backdrop click unless `alert`). */
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: ReactNode;
  /** role="alertdialog": a question that must be answered, so the backdrop does not dismiss it. */
  alert?: boolean;
  /** Focused when the dialog opens; by default the browser picks the first focusable element. */
  initialFocus?: RefObject<HTMLElement | null>;
  size?: 'sm' | 'md' | 'lg';
  children?: ReactNode;
  className?: string;
}

const SIZES = {
  sm: 'w-[min(32rem,calc(100vw-2rem))]',
  md: 'w-[min(40rem,calc(100vw-2rem))]',
  lg: 'w-[min(64rem,calc(100vw-2rem))]',
} as const;

/**
 * The native <dialog> shown with showModal(): the top layer makes the rest of the page inert,
 * Escape cancels, and focus goes back to the opener on close. Chosen over Radix's Dialog because
 * Radix's scroll lock injects a <style> element at run time, which our CSP (no inline styles)
 * refuses and reports as a violation.
 * Content mounts only while open, so a closed dialog leaves nothing behind.
 */
export function ModalDialog({
  open,
  onOpenChange,
  title,
  description,
  alert = false,
  initialFocus,
  size = 'md',
  children,
  className,
}: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // jsdom has no showModal; the open attribute is enough there.
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    initialFocus?.current?.focus();
    return () => {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      if (opener?.isConnected) opener.focus();
    };
  }, [open, initialFocus]);

  return (
    // The click handler only catches backdrop clicks; the keyboard way out is Escape (onCancel).
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={ref}
      role={alert ? 'alertdialog' : undefined}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        // The browser would close the element itself; React state decides instead.
        event.preventDefault();
        onOpenChange(false);
      }}
      onClick={(event) => {
        // A click on the ::backdrop targets the <dialog> itself (the content fills it otherwise).
        if (!alert && event.target === event.currentTarget) onOpenChange(false);
      }}
      className={cn(
        SIZES[size],
        'm-auto max-h-[90dvh] overflow-y-auto rounded-lg border bg-background p-0 text-foreground shadow-lg backdrop:bg-foreground/40',
        className,
      )}
    >
      {open ? (
        <div className="flex flex-col gap-4 p-6">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          {description ? (
            <div id={descriptionId} className="text-sm text-muted-foreground">
              {description}
            </div>
          ) : null}
          {children}
        </div>
      ) : null}
    </dialog>
  );
}
